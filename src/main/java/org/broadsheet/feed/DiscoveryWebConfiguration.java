package org.broadsheet.feed;

import org.broadsheet.search.RelatedStories;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link StoryPageAttributes}.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryWebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<StoryMetadata> metadata;

	private final ObjectProvider<RelatedStories> related;

	DiscoveryWebConfiguration(ObjectProvider<StoryMetadata> metadata, ObjectProvider<RelatedStories> related) {
		this.metadata = metadata;
		this.related = related;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new StoryPageAttributes(this.metadata, this.related)).addPathPatterns("/articles/**");
	}

}
