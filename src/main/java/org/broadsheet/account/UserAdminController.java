package org.broadsheet.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: administrators list, create and change staff accounts.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST = "admin/users/list";

	private static final String EDIT = "admin/users/edit";

	private final StaffAccounts accounts;

	UserAdminController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String listUsers(Model model) {
		model.addAttribute("newUserForm", NewUserForm.empty());
		return list(model);
	}

	@PostMapping
	String createUser(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && !Passwords.fitsTheEncoder(newUserForm.password())) {
			result.rejectValue("password", "account.password.too-long");
		}
		if (!newUserForm.rolesKnown()) {
			result.rejectValue("roles", "account.roles.unknown");
		}
		if (result.hasErrors()) {
			return list(model);
		}
		try {
			this.accounts.create(newUserForm.username(), newUserForm.password(), newUserForm.chosenRoles());
		}
		catch (UsernameTakenException ex) {
			result.rejectValue("username", "account.username.taken");
			return list(model);
		}
		redirect.addFlashAttribute("message", "account.flash.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String showUser(@PathVariable long id, Model model) {
		model.addAttribute("rolesForm", RolesForm.of(this.accounts.get(id).getRoles()));
		model.addAttribute("passwordForm", PasswordForm.empty());
		return edit(id, model);
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@PathVariable long id, @ModelAttribute RolesForm rolesForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!rolesForm.rolesKnown()) {
			result.rejectValue("roles", "account.roles.unknown");
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", PasswordForm.empty());
			return edit(id, model);
		}
		try {
			this.accounts.changeRoles(id, rolesForm.chosenRoles());
		}
		catch (LastAdminException ex) {
			result.reject("account.last-admin");
			model.addAttribute("passwordForm", PasswordForm.empty());
			return edit(id, model);
		}
		return saved(id, redirect, "account.flash.roles");
	}

	@PostMapping("/{id}/disable")
	String disableUser(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.disable(id);
		}
		catch (LastAdminException ex) {
			model.addAttribute("rolesForm", RolesForm.of(this.accounts.get(id).getRoles()));
			model.addAttribute("passwordForm", PasswordForm.empty());
			model.addAttribute("lastAdmin", true);
			return edit(id, model);
		}
		return saved(id, redirect, "account.flash.disabled");
	}

	@PostMapping("/{id}/enable")
	String enableUser(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.enable(id);
		return saved(id, redirect, "account.flash.enabled");
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm passwordForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !Passwords.fitsTheEncoder(passwordForm.password())) {
			result.rejectValue("password", "account.password.too-long");
		}
		if (result.hasErrors()) {
			model.addAttribute("rolesForm", RolesForm.of(this.accounts.get(id).getRoles()));
			return edit(id, model);
		}
		this.accounts.resetPassword(id, passwordForm.password());
		return saved(id, redirect, "account.flash.password");
	}

	private String list(Model model) {
		model.addAttribute("users", this.accounts.all().stream().map(UserView::of).toList());
		return LIST;
	}

	private String edit(long id, Model model) {
		model.addAttribute("user", UserView.of(this.accounts.get(id)));
		return EDIT;
	}

	private static String saved(long id, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/users/" + id;
	}

}
