package org.broadsheet.media;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Image upload for stories: JPEG, PNG, WebP or GIF up to
 * {@code broadsheet.media.max-size}, checked from the bytes and cleaned before it is
 * stored; answers with the Markdown to paste, alt text included, or with the problem.
 */
@Controller
class MediaUploadController {

	static final String PATH = "/admin/media";

	static final String PAGE = "admin/media";

	/** The query parameter that brings back an upload refused for its size. */
	static final String TOO_LARGE = "too-large";

	private final MediaUploads uploads;

	private final MediaLibrary library;

	private final DataSize maxSize;

	MediaUploadController(MediaUploads uploads, MediaLibrary library, MediaProperties properties) {
		this.uploads = uploads;
		this.library = library;
		this.maxSize = properties.maxSize();
	}

	@GetMapping(PATH)
	String initUploadForm(@RequestParam(name = TOO_LARGE, required = false) String tooLarge, Model model) {
		model.addAttribute("maxSize", label(this.maxSize));
		model.addAttribute("library", this.library.list());
		if (tooLarge != null) {
			model.addAttribute("problem", "editor.media.large");
		}
		return PAGE;
	}

	/** A size for people: {@code 5 MB}, {@code 1.5 MB}, {@code 64 KB}. */
	static String label(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
			double megabytes = bytes / (1024.0 * 1024.0);
			return ((megabytes == Math.rint(megabytes)) ? String.valueOf((long) megabytes)
					: String.format(java.util.Locale.ROOT, "%.1f", megabytes)) + " MB";
		}
		return Math.max(1, bytes / 1024) + " KB";
	}

	@PostMapping(PATH)
	String processUploadForm(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String alt, Authentication user, Model model) throws IOException {
		model.addAttribute("maxSize", label(this.maxSize));
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
				String url = this.uploads.store(file.getBytes(), file.getOriginalFilename(), alt.strip(),
						user.getName());
				model.addAttribute("url", url);
				model.addAttribute("markdown", "![" + alt.strip().replace("]", "\\]") + "](" + url + ")");
			}
			catch (ImageRefusedException ex) {
				model.addAttribute("problem", ex.key());
				model.addAttribute("problemArgs", ex.arguments());
			}
		}
		model.addAttribute("library", this.library.list());
		return PAGE;
	}

}
