package org.broadsheet.moderation;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One reply in the queue: edit its text (and approve), answer it as staff, block its
 * poster.
 */
@Controller
@RequestMapping("/moderation/replies/{id}")
class ReplyDetailController {

	private static final String VIEW = "moderation/reply";

	private final ModerationQueue queue;

	private final ModerationService moderation;

	private final StaffAnswers answers;

	private final Notices notices;

	ReplyDetailController(ModerationQueue queue, ModerationService moderation, StaffAnswers answers, Notices notices) {
		this.queue = queue;
		this.moderation = moderation;
		this.answers = answers;
		this.notices = notices;
	}

	@GetMapping
	String showReply(@PathVariable long id, Model model) {
		QueueRow row = this.queue.row(id);
		model.addAttribute("replyEditForm", new ReplyEditForm(row.version(), row.text()));
		model.addAttribute("staffReplyForm", StaffReplyForm.empty());
		return view(row, model);
	}

	@PostMapping("/edit")
	String editReply(@PathVariable long id, @Valid @ModelAttribute ReplyEditForm replyEditForm, BindingResult result,
			@RequestParam(defaultValue = "false") boolean approve, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("staffReplyForm", StaffReplyForm.empty());
			return view(this.queue.row(id), model);
		}
		Outcome outcome = this.moderation.edit(id, replyEditForm.version(), replyEditForm.text(), approve,
				principal.getName());
		if (outcome.kind() == Outcome.Kind.NOT_FOUND) {
			throw new ReplyNotFoundException();
		}
		redirect.addFlashAttribute(outcome.isDone() ? "notices" : "problems", List.of(this.notices.of(outcome)));
		return "redirect:/moderation/replies/" + id;
	}

	@PostMapping("/answer")
	String answerReply(@PathVariable long id, @Valid @ModelAttribute StaffReplyForm staffReplyForm,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
		QueueRow row = this.queue.row(id);
		if (result.hasErrors()) {
			model.addAttribute("replyEditForm", new ReplyEditForm(row.version(), row.text()));
			return view(row, model);
		}
		Optional<Long> answer = this.answers.answer(id, staffReplyForm.text(), principal.getName());
		if (answer.isEmpty()) {
			redirect.addFlashAttribute("problems", List.of(this.notices.text("moderation.answer.refused")));
			return "redirect:/moderation/replies/" + id;
		}
		redirect.addFlashAttribute("notices", List.of(this.notices.text("moderation.answer.posted")));
		return "redirect:/moderation/replies/" + answer.get();
	}

	private String view(QueueRow row, Model model) {
		model.addAttribute("row", row);
		model.addAttribute("canAnswer", this.answers.canAnswer(row.id()));
		model.addAttribute("actions", ModerationAction.QUEUE_ACTIONS.stream().filter(row::offers).toList());
		return VIEW;
	}

}
