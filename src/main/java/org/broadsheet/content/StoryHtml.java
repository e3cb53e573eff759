package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.broadsheet.article.Heading;
import org.broadsheet.media.ResponsiveImage;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.context.MessageSource;

/**
 * Finishes a sanitized story body: heading ids and permalinks, scrollable tables, safe
 * links, task-list checkboxes that cannot be used and images resolved against the story's
 * folder, each picture under {@code /media/} with its size and fingerprinted widths
 * ({@code srcset}, {@code sizes}, {@code width}, {@code height}) and lazy loading.
 */
class StoryHtml {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final String MEDIA_ROOT = "http://media.invalid";

	private final MessageSource messages;

	private final Function<String, Optional<ResponsiveImage>> responsive;

	StoryHtml(MessageSource messages, Function<String, Optional<ResponsiveImage>> responsive) {
		this.messages = messages;
		this.responsive = responsive;
	}

	List<Heading> finish(Document doc, String mediaBase, Locale locale) {
		StoryElements parts = StoryElements.of(doc.body());
		filterClasses(parts.classed());
		alignCells(parts.alignedCells());
		checkboxes(parts.inputs());
		links(parts.links());
		images(parts.images(), mediaBase);
		List<Heading> headings = headings(parts.headings(), locale);
		tables(parts.tables(), locale);
		return headings;
	}

	private void filterClasses(List<Element> classed) {
		for (Element el : classed) {
			List<String> kept = el.classNames()
				.stream()
				.filter((name) -> StorySafelist.ALLOWED_CLASS.matcher(name).matches())
				.toList();
			if (kept.isEmpty()) {
				el.removeAttr("class");
			}
			else {
				el.attr("class", String.join(" ", kept));
			}
		}
	}

	private void alignCells(List<Element> cells) {
		for (Element cell : cells) {
			String align = cell.attr("align").strip().toLowerCase(Locale.ROOT);
			cell.removeAttr("align");
			if (align.equals("left") || align.equals("center") || align.equals("right")) {
				cell.addClass("align-" + align);
			}
		}
	}

	private void checkboxes(List<Element> inputs) {
		for (Element input : inputs) {
			if (!"checkbox".equalsIgnoreCase(input.attr("type")) || !"li".equals(input.parent().tagName())) {
				input.remove();
				continue;
			}
			input.attr("type", "checkbox").attr("disabled", true);
			String label = input.parent().ownText().strip();
			if (!label.isEmpty()) {
				input.attr("aria-label", label.length() > 200 ? label.substring(0, 200) : label);
			}
		}
	}

	private void links(List<Element> links) {
		for (Element a : links) {
			String href = a.attr("href");
			if (href.isBlank()) {
				a.unwrap();
			}
			else if (href.regionMatches(true, 0, "http", 0, 4) || href.startsWith("//")) {
				a.attr("rel", "noopener noreferrer");
			}
		}
	}

	private void images(List<Element> images, String mediaBase) {
		for (Element img : images) {
			String src = img.attr("src");
			if (src.isBlank()) {
				img.remove();
				continue;
			}
			if (!SCHEME.matcher(src).find() && !src.startsWith("/") && !src.startsWith("#")) {
				String resolved = StringUtil.resolve(MEDIA_ROOT + mediaBase, src);
				if (resolved.startsWith(MEDIA_ROOT + "/media/")) {
					img.attr("src", resolved.substring(MEDIA_ROOT.length()));
				}
			}
			if (!img.hasAttr("alt")) {
				img.attr("alt", "");
			}
			img.removeAttr("srcset").removeAttr("sizes");
			this.responsive.apply(img.attr("src"))
				.ifPresent((image) -> img.attr("src", image.src())
					.attr("srcset", image.srcset())
					.attr("sizes", ResponsiveImage.SIZES)
					.attr("width", String.valueOf(image.width()))
					.attr("height", String.valueOf(image.height())));
			img.attr("loading", "lazy");
		}
	}

	private List<Heading> headings(List<Element> all, Locale locale) {
		boolean demote = all.stream().anyMatch((h) -> h.tagName().equals("h1"));
		HeadingIds ids = new HeadingIds();
		List<Heading> headings = new ArrayList<>();
		for (Element h : all) {
			int level = h.tagName().charAt(1) - '0';
			if (demote && level < 6) {
				level++;
				h.tagName("h" + level);
			}
			String text = h.text().strip();
			String id = ids.next(text);
			h.id(id);
			if (!text.isEmpty()) {
				headings.add(new Heading(level, text.length() > 1000 ? text.substring(0, 1000) : text, id));
				String label = this.messages.getMessage("content.permalink.label", new Object[] { text },
						"Link to section: {0}", locale);
				h.appendText(" ");
				h.appendElement("a").addClass("permalink").attr("href", "#" + id).attr("aria-label", label).text("#");
			}
		}
		return headings;
	}

	private void tables(List<Element> tables, Locale locale) {
		if (tables.isEmpty()) {
			return;
		}
		String label = this.messages.getMessage("content.table.label", null, "Table", locale);
		for (Element table : tables) {
			Element caption = table.selectFirst("caption");
			table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
			table.parent().attr("aria-label", (caption != null && caption.hasText()) ? caption.text() : label);
		}
	}

}
