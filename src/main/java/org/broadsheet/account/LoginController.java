package org.broadsheet.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page; Spring Security handles its POST.
 */
@Controller
class LoginController {

	private final LoginProperties properties;

	LoginController(LoginProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String showLoginForm(Model model) {
		model.addAttribute("lockMinutes", Math.max(1, this.properties.lockDuration().toMinutes()));
		return "account/login";
	}

}
