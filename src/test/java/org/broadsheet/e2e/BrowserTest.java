package org.broadsheet.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.broadsheet.mail.MailSink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that drives headless Chromium against the whole portal on a random port, serving
 * the repository's {@code content/} stories, sending mail to the {@link MailSink} with a
 * worker that polls every 200 ms. Every browser test shares this one configuration, so
 * they share one Spring context. Test methods take a {@link Browser} parameter. Without
 * Chromium the tests are skipped with one line saying how to install it, except in CI
 * ({@code CI=true}), where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.content.dir=content", "broadsheet.replies.min-seconds=0",
				"broadsheet.replies.flood-seconds=0", "broadsheet.mail.poll-interval=200ms" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = MailSink.Initializer.class)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {

}
