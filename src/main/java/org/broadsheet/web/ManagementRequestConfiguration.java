package org.broadsheet.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Actuator's own server ({@code management.server.port}) refuses a path whose
 * percent-encoding is broken with a 400, as the site does: Tomcat leaves path parameters
 * ({@code /actuator/health;x=%zz}) undecoded, and Spring's path parser answered them with
 * Tomcat's bare 500 page and a stack trace in the log. Component scanning finds this
 * class in the site's own context too, where {@link UnreadableParametersFilter} answers
 * such paths with the site's page: it applies only in the Actuator's child context.
 */
@ManagementContextConfiguration(ManagementContextType.CHILD)
@Conditional(ManagementRequestConfiguration.InChildContext.class)
class ManagementRequestConfiguration {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> malformedManagementPathFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Only in a child context: the Actuator's, not the site's. */
	static final class InChildContext implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getBeanFactory() != null && context.getBeanFactory().getParentBeanFactory() != null;
		}

	}

	private static final class MalformedPathFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (UnreadableParametersFilter.wellEncoded(request.getRequestURI())) {
				chain.doFilter(request, response);
			}
			else {
				// answered here: an error page dispatch would parse the same path again
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write("Bad request: the address is not valid percent-encoded text.\n");
			}
		}

	}

}
