package org.broadsheet.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front page: the lead story, the newest stories, then a block per desk. Later pages
 * list older stories only. Every story shown goes through {@link StoryListPage}.
 */
@Controller
class FrontPageController {

	static final int DESK_BLOCK_SIZE = 3;

	private final ArticleRepository articles;

	private final PublicDesks desks;

	private final Clock clock;

	private final StoryListPage listPage;

	FrontPageController(ArticleRepository articles, PublicDesks desks, Clock clock, StoryListPage listPage) {
		this.articles = articles;
		this.desks = desks;
		this.clock = clock;
		this.listPage = listPage;
	}

	@GetMapping("/")
	String showFrontPage(@RequestParam(defaultValue = "1") int page, Model model) {
		Instant now = this.clock.instant();
		Page<Article> newest = this.articles.findPublic(now, ListPages.of(page));
		model.addAttribute("page", (page == 1) ? newest : ListPages.existing(newest, "front"));
		model.addAttribute("listPath", "/");
		List<Article> listed = new ArrayList<>(newest.getContent());
		if (page == 1 && !newest.isEmpty()) {
			listed.addAll(addBlocks(newest, now, model));
		}
		this.listPage.assemble(listed, model);
		return "articles/front";
	}

	/** Adds the lead, the latest and the desk blocks; answers the stories they add. */
	private List<Article> addBlocks(Page<Article> newest, Instant now, Model model) {
		Article lead = this.articles.findNewestPublicLead(now, Limit.of(1))
			.stream()
			.findFirst()
			.orElse(newest.getContent().get(0));
		List<DeskBlock> blocks = deskBlocks(now);
		model.addAttribute("lead", lead);
		model.addAttribute("latest",
				newest.getContent().stream().filter((article) -> !article.getId().equals(lead.getId())).toList());
		model.addAttribute("deskBlocks", blocks);
		List<Article> added = new ArrayList<>(List.of(lead));
		blocks.forEach((block) -> added.addAll(block.stories()));
		return added;
	}

	private List<DeskBlock> deskBlocks(Instant now) {
		return this.desks.current()
			.stream()
			.map((desk) -> new DeskBlock(desk,
					this.articles.findNewestPublicByDesk(desk.slug(), now, Limit.of(DESK_BLOCK_SIZE))))
			.filter((block) -> !block.stories().isEmpty())
			.toList();
	}

	/**
	 * A desk's block on the front page.
	 *
	 * @param desk the desk
	 * @param stories its newest public stories
	 */
	public record DeskBlock(Desk desk, List<Article> stories) {

	}

}
