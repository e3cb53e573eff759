package org.broadsheet.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.article.ArticleLookup;
import org.broadsheet.cluster.ClusterDatabase;
import org.broadsheet.cluster.ClusterLock;
import org.broadsheet.cluster.ClusterProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loader's test slice: JPA, the loader and what it needs, with every load committing
 * for real (no test transaction around it). A test class adds its profile and its own
 * folder configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ContentLoader.class, StoryParser.class, ArticleWriter.class, LoadContext.class, ArticleLookup.class,
		ContentMetrics.class, SimpleMeterRegistry.class, ClusterLock.class, ClusterDatabase.class,
		MarkdownRenderer.class })
@EnableConfigurationProperties(ClusterProperties.class)
@interface LoaderSlice {

}
