package org.broadsheet.mail;

import java.net.URI;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadsheet.web.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the portal sends mail at all: only with an SMTP host ({@code spring.mail.host},
 * {@code BROADSHEET_MAIL_HOST}). Without one nothing is recorded or sent, the reply form
 * looks as before, and the start-up log says so once.
 */
@Component
class MailSwitch {

	private static final Log logger = LogFactory.getLog(MailSwitch.class);

	private final JavaMailSender sender;

	private final InternetAddress from;

	MailSwitch(Environment environment, ObjectProvider<JavaMailSender> sender, MailSettings settings,
			SiteProperties site) {
		boolean configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
		this.sender = configured ? sender.getIfAvailable() : null;
		this.from = from(settings, site);
		if (this.sender instanceof JavaMailSenderImpl smtp) {
			secure(smtp);
		}
	}

	/**
	 * Sign in when a username is set, and use TLS on the submission ports (587: STARTTLS,
	 * 465: implicit TLS), unless {@code spring.mail.properties.*} says otherwise.
	 */
	private static void secure(JavaMailSenderImpl smtp) {
		Properties properties = smtp.getJavaMailProperties();
		if (StringUtils.hasText(smtp.getUsername())) {
			properties.putIfAbsent("mail.smtp.auth", "true");
		}
		if (smtp.getPort() == 587) {
			properties.putIfAbsent("mail.smtp.starttls.enable", "true");
			properties.putIfAbsent("mail.smtp.starttls.required", "true");
		}
		else if (smtp.getPort() == 465) {
			properties.putIfAbsent("mail.smtp.ssl.enable", "true");
		}
	}

	boolean on() {
		return this.sender != null;
	}

	Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender);
	}

	InternetAddress from() {
		return this.from;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportOnce() {
		if (on()) {
			logger.info("Mail is on: sending as " + this.from.toUnicodeString());
		}
		else {
			logger.info("Mail is off: no SMTP host is configured (set BROADSHEET_MAIL_HOST to send notifications)");
		}
	}

	private static InternetAddress from(MailSettings settings, SiteProperties site) {
		String configured = settings.from();
		if (!StringUtils.hasText(configured)) {
			String host = URI.create(site.siteUrl()).getHost();
			configured = site.name() + " <noreply@" + ((host != null) ? host : "localhost") + ">";
		}
		try {
			return new InternetAddress(configured, true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("broadsheet.mail.from is not an email address: " + configured, ex);
		}
	}

}
