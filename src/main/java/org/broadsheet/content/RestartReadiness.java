package org.broadsheet.content;

import org.broadsheet.article.ArticleLookup;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a restart (stories stored from an earlier start) the portal is ready as soon as its
 * public port listens: the stored stories are complete, and the content folder is checked
 * in the background anyway ({@link ContentWatcher}). Without this, readers would get 503
 * for the two seconds the management port and the runners still take. On a first start
 * (nothing stored) nothing changes: readiness waits for the first load.
 */
@Component
class RestartReadiness {

	private final ArticleLookup articles;

	private final ApplicationEventPublisher events;

	RestartReadiness(ArticleLookup articles, ApplicationEventPublisher events) {
		this.articles = articles;
		this.events = events;
	}

	@EventListener
	void publicPortListening(WebServerInitializedEvent event) {
		boolean publicPort = event.getApplicationContext().getServerNamespace() == null;
		if (publicPort && this.articles.anyStored()) {
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

}
