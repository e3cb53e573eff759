package org.broadsheet.editorial;

import org.broadsheet.content.StoryRejectedException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live preview beside the editor: the form as it is typed, rendered by the same
 * renderer as the public page and returned as an HTML fragment.
 */
@Controller
class PreviewController {

	private final ArticleEditor editor;

	PreviewController(ArticleEditor editor) {
		this.editor = editor;
	}

	@PostMapping("/admin/articles/preview")
	String showPreview(@ModelAttribute("form") ArticleForm form, @RequestParam(required = false) Long id,
			Authentication authentication, Model model) {
		try {
			if (form.title() == null || form.title().isBlank()) {
				throw new EditorProblem("title", "editor.title.missing");
			}
			model.addAttribute("article", this.editor.preview(id, form, Staff.of(authentication)));
		}
		catch (StoryRejectedException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		catch (EditorProblem ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return "admin/articles/preview :: story";
	}

}
