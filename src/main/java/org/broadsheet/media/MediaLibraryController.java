package org.broadsheet.media;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deletes a picture from the media library: editors only, and only a picture no story
 * uses (the library lists them). The library itself is on the upload page.
 */
@Controller
class MediaLibraryController {

	private final MediaLibrary library;

	MediaLibraryController(MediaLibrary library) {
		this.library = library;
	}

	@PostMapping(MediaUploadController.PATH + "/delete")
	String deleteMedia(@RequestParam String path, Authentication user, RedirectAttributes redirect) {
		boolean editor = user.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_EDITOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
		if (!editor) {
			throw new AccessDeniedException("only editors delete pictures");
		}
		List<MediaUsage.StoryRef> users = this.library.delete(path);
		if (users.isEmpty()) {
			redirect.addFlashAttribute("deleted", path);
		}
		else {
			redirect.addFlashAttribute("stillUsed", path);
			redirect.addFlashAttribute("stillUsedBy",
					String.join(", ", users.stream().map(MediaUsage.StoryRef::title).toList()));
		}
		return "redirect:" + MediaUploadController.PATH;
	}

}
