package org.broadsheet.account;

import jakarta.servlet.DispatcherType;
import org.broadsheet.web.CrossSiteCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Staff pages ({@code /login}, {@code /admin/**},
 * {@code /moderation/**}) use a session, CSRF tokens and {@code no-store}; every public
 * page is served without a session or cookie so it can be cached. A staff POST from
 * another site is refused before its token is read. Reply posting is protected by the
 * reply feature's own signed form token, not Spring's session token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Paths the firewall refuses (encoded dots or slashes, traversal) do not exist: 404.
	 */
	/**
	 * No observation per security filter and decision: {@code http.server.requests} times
	 * every request already, and the wrapping cost more than a reply post's SQL.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name(), Role.MODERATOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.CONTRIBUTOR.name())
			.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, LoginDetails.Source loginDetails,
			CrossSiteCheck crossSite) {
		AuthenticationManager signIn = new ProviderManager(
				new ThrottledAuthenticationProvider(users, passwordEncoder, throttle));
		RequestMatcher staffPages = staffPages();
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(staffPages);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.CONTRIBUTOR.name())
			.requestMatchers("/moderation", "/moderation/**")
			.hasRole(Role.MODERATOR.name())
			.anyRequest()
			.permitAll())
			.authenticationManager(signIn)
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(loginDetails)
				.successHandler(new LandingPageSuccessHandler(requestCache))
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.addFilterBefore(new StaffCrossSiteFilter(staffPages, crossSite), CsrfFilter.class)
			// mail: one-click unsubscribe (RFC 8058) is proved by its signed path
			.csrf((csrf) -> csrf
				.ignoringRequestMatchers("/articles/*/replies", "/articles/*/replies/**", "/mail/unsubscribe/*/*")
				.csrfTokenRequestHandler(new StaffOnlyCsrfTokenRequestHandler(staffPages)))
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(staffPages, new CacheControlHeadersWriter()))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	static RequestMatcher staffPages() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher("/login"), paths.matcher("/logout"), paths.matcher("/admin"),
				paths.matcher("/admin/**"), paths.matcher("/moderation"), paths.matcher("/moderation/**"));
	}

}
