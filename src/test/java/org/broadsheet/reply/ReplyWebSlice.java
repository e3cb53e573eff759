package org.broadsheet.reply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.broadsheet.caching.PageCache;
import org.broadsheet.caching.PageCacheProperties;
import org.broadsheet.web.ClientAddress;
import org.broadsheet.web.CrossSiteCheck;
import org.broadsheet.web.SiteProperties;
import org.broadsheet.web.TrustedProxies;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The reply form's web slice: {@link ReplyController} with the form's own protection (the
 * cross-site check and the signed token, which stand in for CSRF on this public form),
 * binding and validation, the reader's cookies and the form page, with a configured
 * secret. What needs the database is a mock the test stubs: {@link ReplyService} (rules
 * and storage), {@link PublicArticles} (the story lookup) and {@link ReplyRepository}
 * (the reply answered). Servlet filters (security, caching) are off; the full-application
 * tests cover them. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(controllers = ReplyController.class, properties = "broadsheet.secret=" + ReplyWebSlice.SECRET)
@AutoConfigureMockMvc(addFilters = false)
@ActiveProfiles("test")
@Import({ ReplyWebSlice.Beans.class, ReplyPosting.class, ReplyGuard.class, FormTokens.class, SigningKey.class,
		Posters.class, ReaderCookies.class, ReplyFormReader.class, ReplyFormPages.class, ReplyPageSupport.class,
		ReplyWindow.class, ReplyThreads.class, ReplySections.class, ReplyFollowUps.class, CrossSiteCheck.class,
		ClientAddress.class, TrustedProxies.class })
@MockitoBean(types = { ReplyService.class, PublicArticles.class, ReplyRepository.class, JdbcTemplate.class,
		PageCache.class, PageCacheProperties.class })
@interface ReplyWebSlice {

	/** The slice's signing secret, so tokens are made without the database. */
	String SECRET = "reply-web-slice-secret";

	/** Settings and the clock, as the application makes them. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ReplyProperties.class, SigningProperties.class, SiteProperties.class })
	class Beans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
