package org.broadsheet.content;

import java.util.Locale;

import org.broadsheet.media.MediaPaths;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Turns a story file into a {@link RenderedStory}: front matter checked, body rendered
 * once.
 */
@Component
class StoryParser {

	/**
	 * Bump when rendering changes, so every stored story is rendered again (2: image
	 * sizes; 3: control characters dropped from front matter, signed years refused; 4:
	 * {@code +}, {@code #} and a leading dot spelled in slugs, limits in characters).
	 */
	private static final String FORMAT = "broadsheet-story-4";

	private final FrontMatterParser frontMatter;

	private final MarkdownRenderer renderer;

	private final String salt;

	StoryParser(SiteProperties site, MarkdownRenderer renderer) {
		this.frontMatter = new FrontMatterParser(site.timezone(), site.language());
		this.renderer = renderer;
		this.salt = FORMAT + "|" + site.timezone() + "|" + site.language();
	}

	/** What goes into every fingerprint besides the file text. */
	String salt() {
		return this.salt;
	}

	RenderedStory parse(StoryFile file) throws ContentException {
		ParsedStory parsed = this.frontMatter.parse(file.text(), file.path());
		Locale locale = Locale.forLanguageTag(parsed.meta().lang());
		RenderedMarkdown rendered = this.renderer.render(parsed.body(), MediaPaths.folderOf(file.path()), locale);
		return new RenderedStory(file, parsed, rendered);
	}

}
