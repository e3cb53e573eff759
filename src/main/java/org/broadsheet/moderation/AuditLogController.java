package org.broadsheet.moderation;

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
		model.addAttribute("entries", StaffPages.within(page, this.audit::findAllByOrderByCreatedAtDescIdDesc));
		return "moderation/log";
	}

}
