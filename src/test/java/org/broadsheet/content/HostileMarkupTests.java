package org.broadsheet.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole stories written to attack the page: nothing active survives, links that open a
 * new window cannot reach back, and every heading id is unique and linkable, in any
 * script and in any number.
 */
class HostileMarkupTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer(new StaticMessageSource());

	static final String HOSTILE = """
			## <script>alert(1)</script>

			## <img src=x onerror=alert(2)>

			<script>alert(3)</script>
			<style>body{display:none}</style>
			<iframe src="https://evil.example"></iframe>
			<a href="javascript:alert(4)">a</a> <a href="JaVaScRiPt&colon;alert(5)">b</a>
			<a href="data:text/html,<script>alert(6)</script>">c</a>
			<img src="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+">
			<svg><script>alert(7)</script><a xlink:href="javascript:alert(8)">x</a></svg>
			<a href="https://example.org" target="_blank">new window</a>
			<div onclick="alert(9)" style="position:fixed">div</div>
			<form action="/x"><input name=a><button>go</button></form>
			<math><mi xlink:href="javascript:alert(10)">x</mi></math>
			<object data="x.swf"></object><embed src="x.swf">
			<base href="https://evil.example/">
			<meta http-equiv="refresh" content="0;url=https://evil.example">
			<details open ontoggle=alert(11)><summary>s</summary></details>
			<p id="main">taken id</p>
			<a href="#" id="reply-5" name="comment">x</a>

			[md](javascript:alert(12)) [data](data:text/html;base64,xx) ![img](javascript:alert(13))

			<div>unclosed <b>bold <i>x
			""";

	@Test
	void nothingActiveSurvivesAHostileStory() {
		Document page = Jsoup.parseBodyFragment(this.renderer.render(HOSTILE).html());
		assertThat(page.select("script, style, iframe, object, embed, form, input, button, svg, math, base, meta"))
			.isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
				assertThat(name).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("target");
				assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:");
			}
		}
		assertThat(page.select("[id=main], [id^=reply-], [name]")).isEmpty();
		assertThat(page.select("a[href=https://example.org]").attr("rel")).contains("noopener");
	}

	@Test
	void aThousandHeadingsGetAThousandUniqueLinkableIds() {
		StringBuilder markdown = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			markdown.append("## Update\n\ntext\n\n");
		}
		RenderedMarkdown rendered = this.renderer.render(markdown.toString());
		assertThat(rendered.headings()).hasSize(1000);
		assertLinkable(rendered, 1000);
	}

	@Test
	void repeatedHeadingsInJapaneseChineseArabicAndHebrewKeepTheirLettersAndStayUnique() {
		RenderedMarkdown rendered = this.renderer.render("""
				## 背景

				## 背景

				## 中文标题

				## 中文标题？

				## مقدمة

				## مقدمة

				## שלום עולם
				""", "", Locale.forLanguageTag("ja"));
		assertLinkable(rendered, 7);
		assertThat(rendered.headings()).extracting((heading) -> heading.anchor())
			.contains("背景", "背景-1", "中文标题", "مقدمة", "مقدمة-1", "שלום-עולם");
	}

	@Test
	void headingsOfOnlyEmojiOrMarkupStillGetUniqueIds() {
		RenderedMarkdown rendered = this.renderer
			.render("## 😀🎉\n\n## **bold** _it_\n\n## ！\n\n## 😀🎉\n\n## `code`\n\n## <b></b>\n");
		Document page = Jsoup.parseBodyFragment(rendered.html());
		List<String> ids = page.select("h2").eachAttr("id");
		assertThat(ids).hasSize(6).doesNotContain("").doesNotHaveDuplicates();
	}

	private static void assertLinkable(RenderedMarkdown rendered, int headings) {
		Document page = Jsoup.parseBodyFragment(rendered.html());
		List<String> ids = page.select("h2[id], h3[id]").eachAttr("id");
		assertThat(ids).hasSize(headings).doesNotHaveDuplicates();
		Set<String> reserved = new HashSet<>(List.of("main", "toc", "replies", "comment", "author"));
		assertThat(ids).noneMatch(reserved::contains);
		for (Element permalink : page.select("a.permalink")) {
			assertThat(ids).contains(permalink.attr("href").substring(1));
		}
		assertThat(page.select("a.permalink")).hasSize(headings);
	}

}
