package org.broadsheet.editorial;

import java.nio.charset.StandardCharsets;

import org.broadsheet.article.Article;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A story's status buttons outside the form (Unpublish, Publish, Trash, Restore) and the
 * Markdown export.
 */
@Controller
class ArticleStatusController {

	private final ArticleEditor editor;

	ArticleStatusController(ArticleEditor editor) {
		this.editor = editor;
	}

	@PostMapping("/admin/articles/{id}/unpublish")
	String unpublishArticle(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.editor.unpublish(id, Staff.of(authentication));
		return done(id, "editor.saved.unpublish", redirect);
	}

	@PostMapping("/admin/articles/{id}/publish")
	String publishArticle(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.editor.republish(id, Staff.of(authentication));
		return done(id, "editor.saved.publish", redirect);
	}

	@PostMapping("/admin/articles/{id}/trash")
	String trashArticle(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.editor.trash(id, Staff.of(authentication));
		return done(id, "editor.saved.trash", redirect);
	}

	@PostMapping("/admin/articles/{id}/restore")
	String restoreArticle(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.editor.restore(id, Staff.of(authentication));
		return done(id, "editor.saved.restore", redirect);
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

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
