package org.broadsheet.editorial;

import java.io.IOException;

import org.broadsheet.content.MediaUploads;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Image upload for stories: JPEG, PNG, WebP or GIF up to
 * {@code broadsheet.media.max-size}, checked from the bytes; answers with the Markdown to
 * paste, alt text included.
 */
@Controller
class MediaUploadController {

	static final String PAGE = "admin/media";

	private final MediaUploads uploads;

	private final DataSize maxSize;

	MediaUploadController(MediaUploads uploads, @Value("${broadsheet.media.max-size:5MB}") DataSize maxSize) {
		this.uploads = uploads;
		this.maxSize = maxSize;
	}

	@GetMapping("/admin/media")
	String initUploadForm(Model model) {
		model.addAttribute("maxMegabytes", this.maxSize.toMegabytes());
		return PAGE;
	}

	@PostMapping("/admin/media")
	String processUploadForm(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String alt, Model model) throws IOException {
		model.addAttribute("maxMegabytes", this.maxSize.toMegabytes());
		model.addAttribute("alt", alt);
		if (alt.isBlank()) {
			model.addAttribute("problem", "editor.media.alt");
		}
		else if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "editor.media.empty");
		}
		else if (file.getSize() > this.maxSize.toBytes()) {
			model.addAttribute("problem", "editor.media.large");
		}
		else {
			try {
				String url = this.uploads.store(file.getBytes());
				model.addAttribute("url", url);
				model.addAttribute("markdown", "![" + alt.strip().replace("]", "\\]") + "](" + url + ")");
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("problem", "editor.media.type");
			}
		}
		return PAGE;
	}

}
