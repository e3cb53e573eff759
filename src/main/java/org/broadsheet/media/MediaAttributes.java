package org.broadsheet.media;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives pages {@code images}, the responsive form of a picture by its address, for the
 * story page's lead image and its Open Graph image. Optional, so web slice tests of other
 * features need not provide media; templates then show the plain address.
 */
@ControllerAdvice
class MediaAttributes {

	/** Made once: asking the bean factory on every request costs more than the lookup. */
	private final Supplier<Images> images;

	MediaAttributes(ObjectProvider<ResponsiveImages> images) {
		this.images = SingletonSupplier.of(() -> new Images(images.getIfAvailable()));
	}

	@ModelAttribute("images")
	Images images() {
		return this.images.get();
	}

	/** The responsive form of a picture, or {@code null}, for templates. */
	record Images(ResponsiveImages source) {

		public ResponsiveImage of(String url) {
			return (this.source != null) ? this.source.of(url).orElse(null) : null;
		}

	}

}
