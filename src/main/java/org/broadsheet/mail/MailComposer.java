package org.broadsheet.mail;

import java.util.Locale;
import java.util.Map;

import org.broadsheet.web.SiteProperties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a message from {@code templates/mail/<name>.txt} (plain text) and
 * {@code <name>.html} (HTML, every reader-typed value escaped by {@code th:text}) with
 * the site's messages. The subject is the text template's first line. Its own template
 * engine, so mail templates never become pages.
 */
@Component
class MailComposer {

	private final TemplateEngine engine;

	private final SiteProperties site;

	private final Locale locale;

	MailComposer(MessageSource messages, SiteProperties site) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
		engine.setTemplateEngineMessageSource(messages);
		this.engine = engine;
		this.site = site;
		this.locale = Locale.forLanguageTag(site.language());
	}

	/**
	 * A rendered message.
	 *
	 * @param subject the subject line
	 * @param text the plain-text body
	 * @param html the HTML body
	 */
	record Composed(String subject, String text, String html) {
	}

	Composed compose(String template, Map<String, Object> variables) {
		Context context = new Context(this.locale);
		context.setVariables(variables);
		context.setVariable("siteName", this.site.name());
		context.setVariable("siteUrl", siteUrl());
		String text = this.engine.process(template + ".txt", context);
		String html = this.engine.process(template + ".html", context);
		int end = text.indexOf('\n');
		String subject = ((end < 0) ? text : text.substring(0, end)).replaceAll("\\p{Cntrl}", " ").strip();
		String body = (end < 0) ? "" : text.substring(end + 1).stripLeading();
		return new Composed(subject, body, html);
	}

	/** The site's base URL without a trailing slash. */
	String siteUrl() {
		String url = this.site.siteUrl();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
