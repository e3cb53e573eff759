package org.broadsheet.e2e;

import org.openqa.selenium.By;

/**
 * The staff sign-in form at {@code /login}.
 */
final class SignInPage {

	private SignInPage() {
	}

	/** Signs in and waits for the page the staff member lands on. */
	static void signIn(Browser browser, String username, String password) {
		browser.open("/login");
		browser.driver().findElement(By.id("login-username")).sendKeys(username);
		browser.driver().findElement(By.id("login-password")).sendKeys(password);
		browser.clickThrough(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
	}

	/** Signs in as the first administrator of a {@link StaffBrowserTest}. */
	static void signInAsAdmin(Browser browser) {
		signIn(browser, "admin", StaffBrowserTest.ADMIN_PASSWORD);
	}

}
