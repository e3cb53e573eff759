package org.broadsheet.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: {@code GET /search?q=...&page=N}.
 */
@Controller
class SearchController {

	private final StorySearch search;

	private final Timer latency;

	SearchController(StorySearch search, MeterRegistry registry) {
		this.search = search;
		this.latency = Timer.builder("broadsheet.search")
			.description("Search queries answered, and how long the index and database took")
			.register(registry);
	}

	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("results", this.latency.record(() -> this.search.search(query, pageNumber(page))));
		return "search/results";
	}

	private static int pageNumber(String page) {
		try {
			return (page != null) ? Integer.parseInt(page.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
