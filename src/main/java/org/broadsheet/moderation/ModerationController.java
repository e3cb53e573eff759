package org.broadsheet.moderation;

import java.security.Principal;
import java.util.List;

import org.broadsheet.reply.ReplyStatus;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reply queue at {@code /moderation}: tabs by status, 50 replies a page, newest
 * first, with single and bulk actions.
 */
@Controller
@RequestMapping("/moderation")
class ModerationController {

	private final ModerationQueue queue;

	private final ModerationService moderation;

	private final Notices notices;

	ModerationController(ModerationQueue queue, ModerationService moderation, Notices notices) {
		this.queue = queue;
		this.moderation = moderation;
		this.notices = notices;
	}

	@GetMapping
	String showQueue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ReplyStatus tab = QueueTab.parse(status);
		Page<QueueRow> rows = this.queue.page(tab, page);
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", this.queue.tabs());
		model.addAttribute("rows", rows);
		model.addAttribute("actions", ModerationAction.QUEUE_ACTIONS.stream().filter((a) -> a.appliesTo(tab)).toList());
		return "moderation/queue";
	}

	@PostMapping("/replies/{id}/{action}")
	String moderateReply(@PathVariable long id, @PathVariable String action, @RequestParam long version,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Principal principal, RedirectAttributes redirect) {
		ModerationAction chosen = ModerationAction.ofQueueSlug(action).orElseThrow(ReplyNotFoundException::new);
		Outcome outcome = this.moderation.moderate(id, version, chosen, principal.getName());
		if (outcome.kind() == Outcome.Kind.NOT_FOUND) {
			throw new ReplyNotFoundException();
		}
		redirect.addFlashAttribute("notices", this.notices.of(List.of(outcome)));
		return QueueTab.redirect(QueueTab.parse(status), page);
	}

	@PostMapping("/bulk")
	String moderateSelected(@RequestParam(required = false) List<String> selected,
			@RequestParam(defaultValue = "") String action, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Principal principal, RedirectAttributes redirect) {
		ModerationAction chosen = ModerationAction.ofQueueSlug(action).orElse(null);
		List<SelectedReply> selection = SelectedReply.parseAll(selected);
		if (chosen == null || selection.isEmpty()) {
			redirect.addFlashAttribute("problems", List.of(this.notices.text("moderation.bulk.nothing")));
		}
		else {
			List<Outcome> outcomes = this.moderation.moderateAll(selection, chosen, principal.getName());
			redirect.addFlashAttribute("notices", this.notices.of(outcomes));
		}
		return QueueTab.redirect(QueueTab.parse(status), page);
	}

}
