package org.broadsheet.article;

import java.util.List;
import java.util.function.Supplier;

import org.broadsheet.web.SiteProperties;
import org.broadsheet.web.TextDirection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the site layout needs on every page: the site settings ({@code site}), the date
 * formatter ({@code dates}), the desk navigation ({@code siteDesks}) and the writing
 * direction of a language ({@code textDirection}). The desk navigation is optional, so
 * web slice tests need no database; they provide the site settings (for example with
 * {@code @EnableConfigurationProperties(SiteProperties.class)}).
 */
@ControllerAdvice
class LayoutAttributes {

	private static final TextDirection TEXT_DIRECTION = new TextDirection();

	private final SiteProperties site;

	private final Datelines dates;

	/**
	 * Looked up once: asking the bean factory on every request costs more than the list.
	 */
	private final Supplier<PublicDesks> desks;

	LayoutAttributes(SiteProperties site, ObjectProvider<PublicDesks> desks) {
		this.site = site;
		this.dates = new Datelines(site.timezone());
		this.desks = SingletonSupplier.of(desks::getIfAvailable);
	}

	/**
	 * One model method for the four attributes: Spring MVC reads each model method's
	 * annotation again on every request, reply posts included (with four methods here
	 * that was a tenth of a post's allocations).
	 */
	@ModelAttribute
	void layout(Model model) {
		model.addAttribute("site", this.site);
		model.addAttribute("dates", this.dates);
		model.addAttribute("textDirection", TEXT_DIRECTION);
		model.addAttribute("siteDesks", siteDesks());
	}

	private List<Desk> siteDesks() {
		PublicDesks publicDesks = this.desks.get();
		try {
			return (publicDesks != null) ? publicDesks.current() : List.of();
		}
		catch (DataAccessException ex) {
			// An error page must still render when the database is away
			return List.of();
		}
	}

}
