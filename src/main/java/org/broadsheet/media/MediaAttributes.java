package org.broadsheet.media;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives pages {@code images}, the responsive form of a picture by its address, for the
 * story page's lead image and its Open Graph image. Optional, so web slice tests of other
 * features need not provide media; templates then show the plain address.
 */
@ControllerAdvice
class MediaAttributes {

	private final ObjectProvider<ResponsiveImages> images;

	/** Made once: asking the bean factory on every request costs more than the lookup. */
	private volatile Images found;

	MediaAttributes(ObjectProvider<ResponsiveImages> images) {
		this.images = images;
	}

	@ModelAttribute("images")
	Images images() {
		Images made = this.found;
		if (made == null) {
			made = new Images(this.images.getIfAvailable());
			this.found = made;
		}
		return made;
	}

	/** The responsive form of a picture, or {@code null}, for templates. */
	record Images(ResponsiveImages source) {

		public ResponsiveImage of(String url) {
			return (this.source != null) ? this.source.of(url).orElse(null) : null;
		}

	}

}
