package org.broadsheet.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the application is not ready (the first content load still runs, or it is
 * shutting down) the public port answers 503 with {@code Retry-After}, so no reader,
 * proxy or cache sees a front page with half the stories or a 404 for one not loaded yet.
 * The management port is not behind this gate: its readiness probe says the same thing.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessGate {

	static final String RETRY_AFTER_SECONDS = "10";

	@Bean
	FilterRegistrationBean<RefuseUntilReady> readinessGateFilter(ApplicationAvailability availability) {
		FilterRegistrationBean<RefuseUntilReady> registration = new FilterRegistrationBean<>(
				new RefuseUntilReady(availability));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	static class RefuseUntilReady extends OncePerRequestFilter {

		private final ApplicationAvailability availability;

		RefuseUntilReady(ApplicationAvailability availability) {
			this.availability = availability;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}

	}

}
