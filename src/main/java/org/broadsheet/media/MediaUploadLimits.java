package org.broadsheet.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Upload limits derived from {@code broadsheet.media.max-size} alone: the container
 * accepts a request up to the image limit plus room for the other form fields, so an
 * image a little over the limit reaches the controller (a form error); a larger one is
 * answered by {@link OversizeUploadFilter} before the container reads it.
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadLimits {

	/** Room for the form's other fields and the multipart headers. */
	static final long FORM_OVERHEAD = 64L * 1024;

	private final long requestLimit;

	MediaUploadLimits(MediaProperties properties) {
		this.requestLimit = properties.maxSize().toBytes() + FORM_OVERHEAD;
	}

	@Bean
	MultipartConfigElement multipartConfigElement() {
		return new MultipartConfigElement("", -1L, this.requestLimit, 0);
	}

	@Bean
	FilterRegistrationBean<OversizeUploadFilter> oversizeUploadFilter() {
		FilterRegistrationBean<OversizeUploadFilter> registration = new FilterRegistrationBean<>(
				new OversizeUploadFilter(this.requestLimit));
		registration.addUrlPatterns(MediaUploadController.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
