package org.broadsheet.content;

import java.util.regex.Pattern;

import org.jsoup.safety.Safelist;

/**
 * What raw HTML in a story may keep: jsoup's relaxed list plus the harmless markup the
 * renderer and newsrooms use ({@code del}, {@code abbr}, {@code figure}, task-list
 * checkboxes, the responsive image attributes {@link StoryHtml} writes), minus attributes
 * that are obsolete in HTML5. No ids, styles, event handlers, scripts, frames, forms or
 * non-HTTP URLs. A story's own {@code srcset} and {@code sizes} are replaced by the
 * renderer's. The feeds clean story HTML with it too, so nothing reaches a feed reader
 * that the story page would not show.
 */
public final class StorySafelist {

	/** Class names the renderer emits; any other class is dropped after cleaning. */
	static final Pattern ALLOWED_CLASS = Pattern
		.compile("task-list-item|task-list-item-checkbox|language-[A-Za-z0-9_+#.-]{1,40}");

	private StorySafelist() {
	}

	public static Safelist create() {
		return Safelist.relaxed()
			.addTags("del", "s", "ins", "abbr", "dfn", "figure", "figcaption", "hr", "mark", "kbd", "samp", "var",
					"time", "details", "summary", "input")
			.addAttributes("abbr", "title")
			.addAttributes("dfn", "title")
			.addAttributes("time", "datetime")
			.addAttributes("del", "datetime")
			.addAttributes("ins", "datetime")
			.addAttributes("input", "type", "checked", "disabled", "class")
			.addAttributes("code", "class")
			.addAttributes("li", "class")
			.addAttributes("th", "align")
			.addAttributes("img", "srcset", "sizes", "loading")
			.addAttributes("td", "align")
			.removeAttributes("img", "align")
			.removeAttributes("table", "summary", "width")
			.removeAttributes("td", "abbr", "axis", "width")
			.removeAttributes("th", "axis", "width")
			.removeAttributes("col", "width")
			.removeAttributes("ul", "type");
	}

}
