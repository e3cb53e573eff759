package org.broadsheet.reply;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The whole portal as reply and moderation tests use it: the application with MockMvc on
 * the test profile, and {@link ReplySteps} for any test or {@code @BeforeEach} method
 * that takes one as a parameter. The configuration is the plain full-application one, so
 * these classes share one Spring context with every other test that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(ReplyTest.Steps.class)
public @interface ReplyTest {

	/**
	 * Hands {@link ReplySteps} on the test's application context to methods asking for
	 * them (a parameter, not a bean, so the context stays the shared one).
	 */
	class Steps implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
			return parameter.getParameter().getType() == ReplySteps.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
			return ReplySteps.of(SpringExtension.getApplicationContext(extension));
		}

	}

}
