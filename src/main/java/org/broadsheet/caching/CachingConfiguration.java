package org.broadsheet.caching;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the HTTP caching filter after the security filters, so its headers are set
 * before security's default {@code no-cache} headers would be written and a page that
 * security or a feature marks private stays private.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration {

	/** Security's filter chain runs at -100; this runs inside it. */
	static final int ORDER = 0;

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ContentVersion version, CachingProperties properties) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(
				new HttpCachingFilter(version, properties));
		registration.setOrder(ORDER);
		return registration;
	}

}
