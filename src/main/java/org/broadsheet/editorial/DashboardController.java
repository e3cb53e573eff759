package org.broadsheet.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.reply.PendingReplyCount;

import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The newsroom's dashboard: stories by status with counts, a title search, the review
 * queue, the replies awaiting moderation and the content loader's last run. Contributors
 * see their own drafts.
 */
@Controller
class DashboardController {

	private static final Limit PAGE = Limit.of(100);

	private final EditorialArticles articles;

	private final ContentLoader loader;

	private final Clock clock;

	private final PendingReplyCount pendingReplies;

	DashboardController(EditorialArticles articles, ContentLoader loader, Clock clock,
			PendingReplyCount pendingReplies) {
		this.articles = articles;
		this.loader = loader;
		this.clock = clock;
		this.pendingReplies = pendingReplies;
	}

	@GetMapping("/admin")
	String showDashboard(@RequestParam(defaultValue = "published") String status,
			@RequestParam(defaultValue = "") String q, Authentication authentication, Model model) {
		Staff staff = Staff.of(authentication);
		String query = (q.length() > 200) ? q.substring(0, 200) : q.strip();
		Instant now = this.clock.instant();
		model.addAttribute("staff", staff);
		model.addAttribute("q", query);
		if (!staff.editor()) {
			model.addAttribute("stories", this.articles.findDraftsBy(staff.name(), query, PAGE));
			return "admin/dashboard";
		}
		StoryStatus current = parse(status);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StoryStatus each : StoryStatus.values()) {
			counts.put(each.key(), this.articles.countByStatus(each.key(), now));
		}
		model.addAttribute("status", current.key());
		model.addAttribute("counts", counts);
		model.addAttribute("stories", this.articles.findByStatus(current.key(), now, query, PAGE));
		model.addAttribute("review", this.articles.findWaitingForReview(PAGE));
		model.addAttribute("report", this.loader.lastReport().orElse(null));
		model.addAttribute("pendingReplies", this.pendingReplies.count());
		return "admin/dashboard";
	}

	private static StoryStatus parse(String status) {
		try {
			return StoryStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return StoryStatus.PUBLISHED;
		}
	}

}
