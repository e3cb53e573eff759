package org.broadsheet.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.broadsheet.article.Heading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer's output for a corpus of stories (every Markdown feature and raw HTML the
 * finishing step touches, hostile markup, a generated story, escapes and entities in text
 * with CRLF line endings) is exactly what it was when the corpus was recorded: a faster
 * renderer must not change one byte of a stored story. The expected files under
 * {@code content/rendering/} were written by the renderer of issue 13's start; a
 * deliberate change to rendering records them again.
 */
class RenderingCorpusTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer(new StaticMessageSource());

	@ParameterizedTest
	@ValueSource(strings = { "features", "hostile", "generated", "text" })
	void renderingIsUnchanged(String name) throws IOException {
		String markdown = resource(name + ".md");
		RenderedMarkdown rendered = this.renderer.render(markdown, "/media/world/", Locale.ENGLISH);
		assertThat(describe(rendered)).isEqualTo(resource(name + ".expected"));
	}

	/** Word count, headings and HTML as one text, for comparing whole renderings. */
	static String describe(RenderedMarkdown rendered) {
		StringBuilder text = new StringBuilder("words: " + rendered.wordCount() + "\n");
		for (Heading heading : rendered.headings()) {
			text.append("h").append(heading.level()).append(" #").append(heading.anchor()).append(' ');
			text.append(heading.text()).append('\n');
		}
		return text.append("---\n").append(rendered.html()).append('\n').toString();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = RenderingCorpusTests.class.getResourceAsStream("/content/rendering/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
