package org.broadsheet.media;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the images beside the stories under {@code /media/**} with a one-year cache.
 * Only image files are served; Markdown sources, hidden files and anything outside the
 * content folder answer 404.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration implements WebMvcConfigurer {

	private final Path contentDir;

	MediaConfiguration(@Value("${broadsheet.content.dir:content}") Path contentDir) {
		this.contentDir = contentDir;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String location = this.contentDir.toAbsolutePath().normalize().toUri().toString();
		registry.addResourceHandler(MediaPaths.PREFIX + "**")
			.addResourceLocations(location.endsWith("/") ? location : location + "/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(false)
			.addResolver(new ImagesOnly());
	}

	/** Resolves only image files whose path has no hidden segment. */
	static class ImagesOnly extends PathResourceResolver {

		@Override
		protected Resource getResource(String resourcePath, Resource location) throws IOException {
			if (!isServable(resourcePath)) {
				return null;
			}
			return super.getResource(resourcePath, location);
		}

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations,
				org.springframework.web.servlet.resource.ResourceResolverChain chain) {
			return isServable(requestPath) ? super.resolveResourceInternal(request, requestPath, locations, chain)
					: null;
		}

		static boolean isServable(String path) {
			if (!MediaPaths.isImage(path) || path.contains("..") || path.contains("\\")) {
				return false;
			}
			for (String segment : path.split("/")) {
				if (segment.startsWith(".")) {
					return false;
				}
			}
			return true;
		}

	}

}
