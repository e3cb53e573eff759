package org.broadsheet.editorial;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import org.broadsheet.article.Article;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A story's buttons outside the form (Unpublish, Publish, Trash, Restore, Add
 * correction), each carrying the version the editor saw, and the Markdown export.
 */
@Controller
class ArticleStatusController {

	private final StatusChanges changes;

	private final ArticleEditor editor;

	private final EditorPages pages;

	ArticleStatusController(StatusChanges changes, ArticleEditor editor, EditorPages pages) {
		this.changes = changes;
		this.editor = editor;
		this.pages = pages;
	}

	@PostMapping("/admin/articles/{id}/unpublish")
	String unpublishArticle(@PathVariable long id, @RequestParam(required = false) Long version,
			Authentication authentication, RedirectAttributes redirect) {
		this.changes.unpublish(id, version, Staff.of(authentication));
		return done(id, "editor.saved.unpublish", redirect);
	}

	@PostMapping("/admin/articles/{id}/publish")
	String publishArticle(@PathVariable long id, @RequestParam(required = false) Long version,
			Authentication authentication, RedirectAttributes redirect) {
		this.changes.republish(id, version, Staff.of(authentication));
		return done(id, "editor.saved.publish", redirect);
	}

	@PostMapping("/admin/articles/{id}/trash")
	String trashArticle(@PathVariable long id, @RequestParam(required = false) Long version,
			Authentication authentication, RedirectAttributes redirect) {
		this.changes.trash(id, version, Staff.of(authentication));
		return done(id, "editor.saved.trash", redirect);
	}

	@PostMapping("/admin/articles/{id}/restore")
	String restoreArticle(@PathVariable long id, @RequestParam(required = false) Long version,
			Authentication authentication, RedirectAttributes redirect) {
		this.changes.restore(id, version, Staff.of(authentication));
		return done(id, "editor.saved.restore", redirect);
	}

	@PostMapping("/admin/articles/{id}/corrections")
	String addCorrection(@PathVariable long id, @Valid @ModelAttribute("correction") CorrectionForm correction,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
		Staff staff = Staff.of(authentication);
		ArticleEditor.requireEditor(staff);
		if (!errors.hasErrors()) {
			try {
				this.changes.correct(id, correction, staff);
				return done(id, "editor.saved.correction", redirect);
			}
			catch (EditorProblem ex) {
				errors.rejectValue(ex.field(), ex.code());
			}
		}
		Article article = this.editor.open(id, staff);
		model.addAttribute("form", this.editor.formOf(article));
		return this.pages.formPage(id, article, staff, model);
	}

	@GetMapping("/admin/articles/{id}/export")
	ResponseEntity<String> exportArticle(@PathVariable long id, Authentication authentication) {
		Article article = this.editor.open(id, Staff.of(authentication));
		String name = article.getSlug() + ".md";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(this.editor.textOf(article));
	}

	/** A click on a page that is out of date: nothing was done; 409 with a way back. */
	@ExceptionHandler(StaleStoryException.class)
	ModelAndView showStalePage(StaleStoryException ex) {
		ModelAndView page = new ModelAndView("admin/articles/stale", HttpStatus.CONFLICT);
		page.addObject("articleId", ex.articleId());
		return page;
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
