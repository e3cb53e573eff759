package org.broadsheet.content;

import java.time.Clock;

import org.broadsheet.article.ArticleLookup;
import org.broadsheet.cluster.ClusterLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a load run reads and tells besides the files: stored fingerprints, the clock, the
 * event bus, the metrics and the cluster-wide import lock.
 */
@Component
record LoadContext(ArticleLookup articles, ApplicationEventPublisher events, Clock clock, ContentMetrics metrics,
		ClusterLock cluster) {

}
