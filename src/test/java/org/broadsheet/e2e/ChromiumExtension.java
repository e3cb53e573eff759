package org.broadsheet.e2e;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each {@link BrowserTest} class one headless Chromium, quit after its last test.
 * Skips the class when Chromium is missing, saying once how to install it, unless the
 * environment says {@code CI=true}: in CI a missing browser is a failure.
 */
class ChromiumExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final AtomicBoolean warned = new AtomicBoolean();

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ChromiumExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Chromium.find().isPresent() || inCi()) {
			return ConditionEvaluationResult.enabled("Chromium found, or CI requires it");
		}
		if (warned.compareAndSet(false, true)) {
			System.err.println("SKIPPED browser tests: " + Chromium.missingMessage());
		}
		return ConditionEvaluationResult.disabled(Chromium.missingMessage());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Optional<Chromium> chromium = Chromium.find();
		if (chromium.isEmpty()) {
			throw new IllegalStateException("CI=true and " + Chromium.missingMessage());
		}
		context.getStore(NAMESPACE).put(WebDriver.class, chromium.get().start());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		WebDriver driver = context.getStore(NAMESPACE).remove(WebDriver.class, WebDriver.class);
		if (driver != null) {
			driver.quit();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		WebDriver driver = context.getStore(NAMESPACE).get(WebDriver.class, WebDriver.class);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return new Browser(driver, "http://127.0.0.1:" + port);
	}

	private static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
