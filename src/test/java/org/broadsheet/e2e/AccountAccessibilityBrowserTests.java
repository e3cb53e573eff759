package org.broadsheet.e2e;

import java.nio.file.Path;

import org.broadsheet.account.Role;
import org.broadsheet.account.StaffUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in and account pages meet the readers' standard: no {@link Axe} violations and
 * no Nu checker errors ({@link PageAudit}) on the sign-in form (fresh, refused, signed
 * out), the users list and a user's page with their forms' errors, a contributor's own
 * dashboard and story form, and the page that refuses a role.
 */
@StaffBrowserTest
class AccountAccessibilityBrowserTests {

	private static final String CONTRIBUTOR = "a11y-contributor";

	private static final String CONTRIBUTOR_PASSWORD = "contributor password for the browser";

	@Autowired
	ApplicationContext context;

	@Test
	void signInPagesHaveNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		PageAudit audit = new PageAudit(browser, dir);
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		audit.check("login");
		SignInPage.signIn(browser, "admin", "not the password at all");
		audit.check("login-refused");
		SignInPage.signInAsAdmin(browser);
		browser.clickThrough(browser.driver().findElement(By.cssSelector("form.signout button")));
		audit.check("login-signed-out");
		audit.assertClean();
	}

	@Test
	void userPagesAndTheirFormsHaveNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		PageAudit audit = new PageAudit(browser, dir);
		SignInPage.signInAsAdmin(browser);
		browser.open("/admin/users");
		audit.check("users");
		find(browser, "#new-password").sendKeys("short");
		WebElement create = find(browser, "form[action$='/admin/users'] button[type=submit]");
		audit.submitWithErrors("users-errors", create);
		assertThat(find(browser, "#new-password").getDomProperty("value")).as("password typed back").isEmpty();

		browser.open("/admin/users");
		browser.clickThrough(browser.driver().findElement(By.linkText("admin")));
		audit.check("user");
		String user = browser.currentPath();
		find(browser, "#reset-password").sendKeys("short");
		WebElement reset = find(browser, "form[action$='/password'] button");
		audit.submitWithErrors("user-password-errors", reset);
		browser.open(user);
		WebElement disable = find(browser, "form[action$='/disable'] button");
		audit.submitWithErrors("user-last-admin", disable);
		audit.assertClean();
	}

	@Test
	void contributorPagesAndTheRefusalHaveNoProblems(Browser browser, @TempDir Path dir) throws Exception {
		StaffUsers.ensure(this.context, CONTRIBUTOR, CONTRIBUTOR_PASSWORD, Role.CONTRIBUTOR);
		PageAudit audit = new PageAudit(browser, dir);
		SignInPage.signIn(browser, CONTRIBUTOR, CONTRIBUTOR_PASSWORD);
		audit.check("contributor-dashboard");
		browser.open("/admin/articles/new");
		audit.check("contributor-story-new");
		browser.open("/admin/users");
		audit.check("forbidden");
		audit.assertClean();
	}

	private static WebElement find(Browser browser, String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

}
