package org.broadsheet.search;

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

	SearchController(StorySearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String showResults(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", required = false) String page, Model model) {
		model.addAttribute("results", this.search.search(query, pageNumber(page)));
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
