package org.broadsheet.moderation;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Blocking a reply's poster, and the Blocked list at {@code /moderation/blocked}.
 */
@Controller
class BlockController {

	private final Blocks blocks;

	private final Notices notices;

	BlockController(Blocks blocks, Notices notices) {
		this.blocks = blocks;
		this.notices = notices;
	}

	@PostMapping("/moderation/replies/{id}/block")
	String blockPoster(@PathVariable long id, @RequestParam(defaultValue = "false") boolean email,
			@RequestParam(defaultValue = "false") boolean address, Principal principal, RedirectAttributes redirect) {
		int added = this.blocks.block(id, email, address, principal.getName());
		redirect.addFlashAttribute("notices", List.of(this.notices.text("moderation.block.added", added)));
		return "redirect:/moderation/replies/" + id;
	}

	@GetMapping("/moderation/blocked")
	String showBlocked(Model model) {
		model.addAttribute("blocked", this.blocks.all());
		return "moderation/blocked";
	}

	@PostMapping("/moderation/blocked/{id}/delete")
	String unblockPoster(@PathVariable long id, RedirectAttributes redirect) {
		this.blocks.unblock(id);
		redirect.addFlashAttribute("notices", List.of(this.notices.text("moderation.block.removed")));
		return "redirect:/moderation/blocked";
	}

}
