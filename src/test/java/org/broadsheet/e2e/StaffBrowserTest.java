package org.broadsheet.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * A {@link BrowserTest} of the staff side: the first administrator {@code admin} signs in
 * with {@link #ADMIN_PASSWORD}, and write-back is off, so stories written in the browser
 * never reach the repository's content folder. Every staff browser test shares this one
 * configuration, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BrowserTest
@TestPropertySource(properties = { "broadsheet.content.write-back=false",
		"broadsheet.admin-password=" + StaffBrowserTest.ADMIN_PASSWORD })
public @interface StaffBrowserTest {

	/** The password of the first administrator, {@code admin}. */
	String ADMIN_PASSWORD = "browser-editor-pass-2026";

}
