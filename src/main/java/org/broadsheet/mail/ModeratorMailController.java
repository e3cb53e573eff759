package org.broadsheet.mail;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/notifications}: each moderator's own account settings for mail about
 * held replies (the signed-in account only; nobody sets another's address).
 */
@Controller
@RequestMapping("/moderation/notifications")
class ModeratorMailController {

	static final String VIEW = "moderation/notifications";

	private final ModeratorNotices moderators;

	private final MailSwitch mail;

	ModeratorMailController(ModeratorNotices moderators, MailSwitch mail) {
		this.moderators = moderators;
		this.mail = mail;
	}

	@ModelAttribute("frequencies")
	Frequency[] frequencies() {
		return Frequency.values();
	}

	@ModelAttribute("mailOn")
	boolean mailOn() {
		return this.mail.on();
	}

	@GetMapping
	String showNotifications(Principal principal, Model model) {
		model.addAttribute("moderatorMailForm", ModeratorMailForm.of(this.moderators.choice(principal.getName())));
		return VIEW;
	}

	@PostMapping
	String changeNotifications(@Valid @ModelAttribute ModeratorMailForm moderatorMailForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		this.moderators.choose(principal.getName(), moderatorMailForm.email(), moderatorMailForm.frequency());
		redirect.addFlashAttribute("message", "mail.settings.saved");
		return "redirect:/moderation/notifications";
	}

}
