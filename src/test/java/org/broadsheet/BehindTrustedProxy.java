package org.broadsheet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal on a real port as an operator runs it behind a TLS proxy on the same host:
 * {@code broadsheet.trusted-proxies=127.0.0.1}, Actuator on its own management port
 * (random; read it with {@code @LocalManagementPort}) with the Prometheus endpoint on.
 * Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.trusted-proxies=127.0.0.1", "management.server.port=0",
				"management.prometheus.metrics.export.enabled=true", "broadsheet.replies.min-seconds=0",
				"broadsheet.login.max-failures-per-user=2", "broadsheet.content.dir=" + BehindTrustedProxy.CONTENT })
@ActiveProfiles("test")
public @interface BehindTrustedProxy {

	/** The content folder of this context; tests add story files and load them. */
	String CONTENT = "target/test-content-behind-proxy";

}
