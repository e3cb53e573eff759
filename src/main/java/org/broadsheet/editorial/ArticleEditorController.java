package org.broadsheet.editorial;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.broadsheet.article.Article;
import org.broadsheet.content.StoryRejectedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and editing a story: the form, its buttons, the preview and the conflict page.
 */
@Controller
class ArticleEditorController {

	/** Fields the form sends but shows no error beside. */
	private static final List<String> HIDDEN = List.of("version", "fileHash", "commentsOpen", "lead");

	static final String FORM = EditorPages.FORM;

	private final ArticleEditor editor;

	private final EditorPages pages;

	ArticleEditorController(ArticleEditor editor, EditorPages pages) {
		this.editor = editor;
		this.pages = pages;
	}

	@GetMapping("/admin/articles/new")
	String initCreationForm(Authentication authentication, Model model) {
		model.addAttribute("form", ArticleForm.empty());
		return formPage(null, null, Staff.of(authentication), model);
	}

	@GetMapping("/admin/articles/{id}/edit")
	String initUpdateForm(@PathVariable long id, Authentication authentication, Model model) {
		Staff staff = Staff.of(authentication);
		Article article = this.editor.open(id, staff);
		model.addAttribute("form", this.editor.formOf(article));
		return formPage(id, article, staff, model);
	}

	@PostMapping("/admin/articles/new")
	String processCreationForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors,
			@RequestParam(defaultValue = "draft") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		return process(null, form, errors, action, Staff.of(authentication), model, redirect);
	}

	@PostMapping("/admin/articles/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult errors, @RequestParam(defaultValue = "update") String action, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		return process(id, form, errors, action, Staff.of(authentication), model, redirect);
	}

	private String process(Long id, ArticleForm form, BindingResult errors, String actionName, Staff staff, Model model,
			RedirectAttributes redirect) {
		EditAction action = parse(actionName);
		if (form.hasImage() && (form.imageAlt() == null || form.imageAlt().isBlank())) {
			// not rejectValue: after a type mismatch the binding result has no form to
			// read
			errors.addError(new FieldError("form", "imageAlt", form.imageAlt(), false,
					new String[] { "editor.imageAlt.required" }, null, null));
		}
		if (HIDDEN.stream().anyMatch(errors::hasFieldErrors)) {
			errors.reject("editor.unreadable"); // a field the page does not show: sent by
												// hand
		}
		Article current = (id != null) ? this.editor.open(id, staff) : null;
		if (errors.hasErrors()) {
			return formPage(id, current, staff, model);
		}
		try {
			if (action == EditAction.PREVIEW) {
				model.addAttribute("article", this.editor.preview(id, form, staff));
				return "articles/show";
			}
			long saved = this.editor.save(id, form, action, staff);
			redirect.addFlashAttribute("message", "editor.saved." + action.name().toLowerCase(Locale.ROOT));
			return "redirect:/admin/articles/" + saved + "/edit";
		}
		catch (EditorProblem ex) {
			errors.rejectValue(ex.field(), ex.code());
		}
		catch (StoryRejectedException ex) {
			if (ex.slugTaken()) {
				errors.rejectValue("slug", "editor.slug.taken");
			}
			else {
				errors.reject("editor.invalid", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		catch (StaleStoryException ex) {
			model.addAttribute("form", form.reopened(ex.version(), ex.hash()));
			model.addAttribute("theirs", ex.theirs());
			model.addAttribute("articleId", id);
			model.addAttribute("staff", staff);
			return "admin/articles/conflict";
		}
		return formPage(id, current, staff, model);
	}

	private String formPage(Long id, Article article, Staff staff, Model model) {
		return this.pages.formPage(id, article, staff, model);
	}

	private static EditAction parse(String action) {
		try {
			return EditAction.valueOf(action.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return EditAction.DRAFT;
		}
	}

}
