package org.broadsheet.editorial;

import org.broadsheet.article.Article;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The story editor page's model, shared by the controllers that render it.
 */
@Component
class EditorPages {

	static final String FORM = "admin/articles/form";

	private final ArticleEditor editor;

	EditorPages(ArticleEditor editor) {
		this.editor = editor;
	}

	/** The editor page for a story ({@code article} {@code null} for a new one). */
	String formPage(Long id, Article article, Staff staff, Model model) {
		model.addAttribute("articleId", id);
		model.addAttribute("article", article);
		model.addAttribute("status", (article != null) ? this.editor.statusOf(article).key() : null);
		model.addAttribute("staff", staff);
		model.addAttribute("zone", this.editor.zone());
		if (!model.containsAttribute("correction")) {
			model.addAttribute("correction", CorrectionForm.on(this.editor.today()));
		}
		return FORM;
	}

}
