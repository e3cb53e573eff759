package org.broadsheet.moderation;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation log at {@code /moderation/log}, newest first.
 */
@Controller
class AuditLogController {

	private final AuditEntryRepository audit;

	AuditLogController(AuditEntryRepository audit) {
		this.audit = audit;
	}

	@GetMapping("/moderation/log")
	@Transactional(readOnly = true)
	String showLog(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.audit
			.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(0, page), ModerationQueue.PAGE_SIZE)));
		return "moderation/log";
	}

}
