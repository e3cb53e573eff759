package org.broadsheet.editorial;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleNotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A story's revisions: the list, one revision's diff against the current text, and
 * "Restore this revision".
 */
@Controller
class RevisionController {

	private final ArticleEditor editor;

	private final Revisions revisions;

	RevisionController(ArticleEditor editor, Revisions revisions) {
		this.editor = editor;
		this.revisions = revisions;
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String listRevisions(@PathVariable long id, Authentication authentication, Model model) {
		Article article = this.editor.open(id, Staff.of(authentication));
		model.addAttribute("article", article);
		model.addAttribute("revisions", this.revisions.of(id));
		return "admin/articles/revisions";
	}

	@GetMapping("/admin/articles/{id}/revisions/{revisionId}")
	String showRevision(@PathVariable long id, @PathVariable long revisionId, Authentication authentication,
			Model model) {
		Article article = this.editor.open(id, Staff.of(authentication));
		Revision revision = this.revisions.find(id, revisionId)
			.orElseThrow(() -> new ArticleNotFoundException("revision " + revisionId));
		model.addAttribute("article", article);
		model.addAttribute("revision", revision);
		model.addAttribute("diff", WordDiff.between(revision.getText(), this.editor.textOf(article)));
		model.addAttribute("staff", Staff.of(authentication));
		return "admin/articles/revision";
	}

	@PostMapping("/admin/articles/{id}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable long id, @PathVariable long revisionId, Authentication authentication,
			RedirectAttributes redirect) {
		this.editor.restoreRevision(id, revisionId, Staff.of(authentication));
		redirect.addFlashAttribute("message", "editor.saved.revision");
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
