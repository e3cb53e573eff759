package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.broadsheet.article.Heading;
import org.broadsheet.media.ResponsiveImage;
import org.broadsheet.media.ResponsiveImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Markdown (CommonMark with GFM tables, strikethrough, autolinks and task lists) to
 * sanitized HTML with GitHub-style heading ids and permalinks. One flexmark
 * parser/renderer pair, built once; thread-safe.
 */
@Component
public class MarkdownRenderer {

	private static final String BASE_URI = "http://story.invalid/";

	/**
	 * The parser, and the same without the passes a body cannot use: index 1 with
	 * autolinks, 2 with tables ({@link #parserFor(String)}).
	 */
	private final Parser[] parsers = new Parser[4];

	private final HtmlRenderer renderer;

	private final Cleaner cleaner = new Cleaner(StorySafelist.create().preserveRelativeLinks(true));

	private final StoryHtml finisher;

	/** A renderer that leaves images as written (no sizes or variants). */
	public MarkdownRenderer(MessageSource messages) {
		this(messages, (url) -> Optional.empty());
	}

	/**
	 * A renderer that gives every picture under {@code /media/} its size and width
	 * variants.
	 */
	@Autowired
	public MarkdownRenderer(MessageSource messages, ObjectProvider<ResponsiveImages> images) {
		this(messages, (url) -> {
			ResponsiveImages bean = images.getIfAvailable();
			return (bean != null) ? bean.of(url) : Optional.empty();
		});
	}

	private MarkdownRenderer(MessageSource messages, Function<String, Optional<ResponsiveImage>> images) {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				AutolinkExtension.create(), TaskListExtension.create()));
		options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
		options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
		options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(HtmlRenderer.RENDER_HEADER_ID, false);
		for (int passes = 0; passes < this.parsers.length; passes++) {
			List<Extension> extensions = new ArrayList<>();
			if ((passes & 2) != 0) {
				extensions.add(TablesExtension.create());
			}
			extensions.add(StrikethroughExtension.create());
			if ((passes & 1) != 0) {
				extensions.add(AutolinkExtension.create());
			}
			extensions.add(TaskListExtension.create());
			this.parsers[passes] = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions))
				.build();
		}
		this.renderer = HtmlRenderer.builder(options).nodeRendererFactory((data) -> new PlainTextRenderer()).build();
		this.finisher = new StoryHtml(messages, images);
	}

	/**
	 * Renders a story body with English labels; relative images resolve under
	 * {@code /media/}.
	 * @param markdown the Markdown source (without front matter)
	 * @return the sanitized HTML, headings and word count
	 */
	public RenderedMarkdown render(String markdown) {
		return render(markdown, "/media/", Locale.ENGLISH);
	}

	/**
	 * Renders a story body.
	 * @param markdown the Markdown source (without front matter)
	 * @param mediaBase the URL folder relative images resolve against, e.g.
	 * {@code /media/world/}
	 * @param locale the story's language, for the permalink and table labels
	 * @return the sanitized HTML, headings and word count
	 */
	public RenderedMarkdown render(String markdown, String mediaBase, Locale locale) {
		String raw = this.renderer.render(parserFor(markdown).parse(markdown));
		Document clean = this.cleaner.clean(Jsoup.parseBodyFragment(raw, BASE_URI));
		clean.outputSettings().prettyPrint(false);
		int words = WordCounter.count(clean.body().text());
		List<Heading> headings = this.finisher.finish(clean, mediaBase, locale);
		return new RenderedMarkdown(clean.body().html(), headings, words);
	}

	/**
	 * The parser with only the passes that can find something in a body: the autolink
	 * pass (a sixth of rendering a typical story) and the table pass (a twentieth: it
	 * sets up per story and looks at every paragraph) are left out when they cannot.
	 */
	private Parser parserFor(String markdown) {
		int passes = (mayHoldAutolink(markdown) ? 1 : 0) | (mayHoldTable(markdown) ? 2 : 0);
		return this.parsers[passes];
	}

	/** Whether text may hold a table: every table has a {@code |} in its header line. */
	static boolean mayHoldTable(String markdown) {
		return markdown.indexOf('|') >= 0;
	}

	/**
	 * Whether text may hold a bare link: a scheme ({@code ://}), {@code www.} or an
	 * e-mail address ({@code @}). Without one, the autolink pass finds nothing.
	 */
	static boolean mayHoldAutolink(String markdown) {
		return markdown.indexOf('@') >= 0 || markdown.contains("://") || holdsWww(markdown);
	}

	/** Whether text holds {@code www.} in any case, without a lower-case copy of it. */
	private static boolean holdsWww(String text) {
		for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
			if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
				return true;
			}
		}
		return false;
	}

}
