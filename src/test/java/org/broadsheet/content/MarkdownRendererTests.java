package org.broadsheet.content;

import java.util.List;
import java.util.Locale;

import org.broadsheet.article.Heading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer(new StaticMessageSource());

	private Document render(String markdown) {
		return Jsoup.parseBodyFragment(this.renderer.render(markdown).html());
	}

	@Test
	void headingsGetGitHubStyleIdsInDocumentOrder() {
		RenderedMarkdown rendered = this.renderer
			.render("## Trade, AI, and K-Pop on the Agenda\n\ntext\n\n### What's next?\n\nmore");
		assertThat(rendered.headings()).containsExactly(
				new Heading(2, "Trade, AI, and K-Pop on the Agenda", "trade-ai-and-k-pop-on-the-agenda"),
				new Heading(3, "What's next?", "whats-next"));
		assertThat(rendered.html()).contains("<h2 id=\"trade-ai-and-k-pop-on-the-agenda\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "see https://example.com/a today", "see www.example.com today",
			"write to desk@example.com today" })
	void bareLinksStillBecomeLinks(String text) {
		assertThat(MarkdownRenderer.mayHoldAutolink(text)).isTrue();
		assertThat(render(text).select("a[href]")).hasSize(1);
	}

	@Test
	void aBodyWithoutLinkMarkersSkipsTheAutolinkPass() {
		assertThat(MarkdownRenderer.mayHoldAutolink("Plain words, example.com and a www without a dot.")).isFalse();
		assertThat(render("Plain words, example.com here").select("a")).isEmpty();
	}

	@Test
	void onlyABodyWithAPipeTakesTheTablePass() {
		assertThat(MarkdownRenderer.mayHoldTable("Plain words - and: more\n---\n")).isFalse();
		assertThat(MarkdownRenderer.mayHoldTable("a | b\n--|--\n1 | 2\n")).isTrue();
		assertThat(render("| a |\n|---|\n| 1 |\n").select("table td")).hasSize(1);
		assertThat(render("a\n---\n\n- b\n").select("table")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "WWW.example.com", "see wWw.example.com", "www.", "x.www.y" })
	void aWwwInAnyCaseKeepsTheAutolinkPass(String text) {
		assertThat(MarkdownRenderer.mayHoldAutolink(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".", "ww.", "www", "w.ww", "wwx.", ".www" })
	void noWwwNoAutolinkPass(String text) {
		assertThat(MarkdownRenderer.mayHoldAutolink(text)).isFalse();
	}

	@Test
	void koreanHeadingsKeepTheirLetters() {
		RenderedMarkdown rendered = this.renderer.render("## 배경\n\n## 무역과 인공지능 협력\n");
		assertThat(rendered.headings()).extracting(Heading::anchor).containsExactly("배경", "무역과-인공지능-협력");
	}

	@Test
	void repeatedHeadingsGetNumberedSuffixes() {
		RenderedMarkdown rendered = this.renderer.render("## Notes\n\n## Notes\n\n## Notes\n\n## Notes 1\n");
		assertThat(rendered.headings()).extracting(Heading::anchor)
			.containsExactly("notes", "notes-1", "notes-2", "notes-1-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Main", "Top", "Search", "Replies", "TOC", "Comment", "Author", "Email", "URL", "Q",
			"Reply 12", "Article title", "Story body" })
	void headingsNeverTakeAReservedPageId(String heading) {
		RenderedMarkdown rendered = this.renderer.render("## " + heading + "\n\n## " + heading + "\n");
		String base = HeadingIds.slug(heading);
		assertThat(ReservedIds.isReserved(base)).as(base).isTrue();
		assertThat(rendered.headings()).extracting(Heading::anchor).containsExactly(base + "-1", base + "-2");
	}

	@Test
	void reservedIdsCoverTheLayoutAndReplyIds() {
		assertThat(ReservedIds.isReserved("main")).isTrue();
		assertThat(ReservedIds.isReserved("reply-42")).isTrue();
		assertThat(ReservedIds.isReserved("reply-form")).isTrue();
		assertThat(ReservedIds.isReserved("reply-42-1")).isFalse();
		assertThat(ReservedIds.isReserved("background")).isFalse();
	}

	@Test
	void sectionHeadingsCarryAnAccessiblePermalink() {
		Element h2 = render("## Background\n").selectFirst("h2");
		Element link = h2.selectFirst("a.permalink");
		assertThat(link.attr("href")).isEqualTo("#background");
		assertThat(link.attr("aria-label")).isEqualTo("Link to section: Background");
		assertThat(link.text()).isEqualTo("#");
	}

	@Test
	void bodyTopLevelHeadingsAreDemotedSoThePageKeepsOneH1() {
		RenderedMarkdown rendered = this.renderer.render("# Part one\n\n## Detail\n");
		assertThat(rendered.html()).doesNotContain("<h1");
		assertThat(rendered.headings()).extracting(Heading::level).containsExactly(2, 3);
	}

	@Test
	void idsInRawHtmlAreStrippedSoTheyCannotCollide() {
		Document doc = render(
				"<div id=\"main\"><p id=\"replies\" name=\"x\">hi</p></div>\n\n<h2 id=\"reply-1\">Raw</h2>\n");
		assertThat(doc.select("[id]")).extracting((e) -> e.id()).containsExactly("raw");
		assertThat(doc.select("[name]")).isEmpty();
	}

	@Test
	void tablesAreWrappedInAScrollableRegionWithAlignmentClasses() {
		Document doc = render("| Desk | Stories |\n|:-----|--------:|\n| World | 12 |\n");
		Element wrapper = doc.selectFirst("div.table-scroll");
		assertThat(wrapper.attr("role")).isEqualTo("region");
		assertThat(wrapper.attr("tabindex")).isEqualTo("0");
		assertThat(wrapper.attr("aria-label")).isEqualTo("Table");
		assertThat(wrapper.selectFirst("table > thead > tr > th").className()).isEqualTo("align-left");
		assertThat(doc.selectFirst("td.align-right").text()).isEqualTo("12");
		assertThat(doc.select("[align]")).isEmpty();
	}

	@Test
	void strikethroughBecomesDel() {
		assertThat(this.renderer.render("~~old~~ new").html()).contains("<del>old</del>");
	}

	@Test
	void taskListsKeepDisabledLabelledCheckboxes() {
		Document doc = render("- [x] Call the embassy\n- [ ] File the story\n");
		List<Element> boxes = doc.select("li.task-list-item > input[type=checkbox]");
		assertThat(boxes).hasSize(2).allSatisfy((box) -> {
			assertThat(box.hasAttr("disabled")).isTrue();
			assertThat(box.hasAttr("readonly")).isFalse();
		});
		assertThat(boxes.get(0).hasAttr("checked")).isTrue();
		assertThat(boxes.get(0).attr("aria-label")).isEqualTo("Call the embassy");
	}

	@Test
	void bareUrlsBecomeSafeLinks() {
		Element link = render("Read https://example.org/report today").selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("https://example.org/report");
		assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
	}

	@Test
	void codeBlocksKeepTheirLanguageClass() {
		Element code = render("```java\nif (a < b) {}\n```\n").selectFirst("pre > code");
		assertThat(code.className()).isEqualTo("language-java");
		assertThat(code.text()).contains("if (a < b) {}");
	}

	@Test
	void harmlessNewsroomMarkupStays() {
		String html = this.renderer.render(
				"E = mc<sup>2</sup> and <abbr title=\"World Health Organization\">WHO</abbr>\n\n<figure><img src=\"https://example.org/a.jpg\" alt=\"A\"><figcaption>Caption</figcaption></figure>\n\n<del>gone</del>\n")
			.html();
		assertThat(html).contains("<sup>2</sup>", "<abbr title=\"World Health Organization\">WHO</abbr>", "<figure>",
				"<figcaption>Caption</figcaption>", "<del>gone</del>", "src=\"https://example.org/a.jpg\"");
	}

	@Test
	void relativeImagesResolveUnderTheStorysMediaFolder() {
		String html = this.renderer
			.render("![Crowd](photos/crowd.jpg)\n\n![Up](../map.png)\n", "/media/world/", Locale.ENGLISH)
			.html();
		assertThat(html).contains("src=\"/media/world/photos/crowd.jpg\"", "src=\"/media/map.png\"", "alt=\"Crowd\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<svg onload=alert(1)><circle r=1></svg>", "[click](javascript:alert(1))",
			"<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
			"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
			"<a href=\" javascript:alert(1)\">x</a>", "<iframe src=\"https://evil.example\"></iframe>",
			"<form action=\"https://evil.example\"><input name=p><button>Go</button></form>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<style>body{display:none}</style>",
			"<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
			"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
			"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
			"<base href=\"https://evil.example/\">", "<link rel=stylesheet href=\"https://evil.example/x.css\">",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
			"<details open ontoggle=alert(1)><summary>x</summary></details>", "<a href=\"vbscript:msgbox(1)\">x</a>",
			"<body onload=alert(1)>", "<input type=\"text\" value=\"x\">",
			"<textarea>x</textarea><select><option>x</option></select>",
			"<div onclick=\"alert(1)\" onmouseover=\"alert(1)\">x</div>" })
	void hostileHtmlIsRemoved(String payload) {
		String html = this.renderer.render("Before\n\n" + payload + "\n\nAfter\n").html().toLowerCase(Locale.ROOT);
		assertThat(html).doesNotContain("<script", "onerror", "onload", "onclick", "onmouseover", "ontoggle",
				"javascript:", "vbscript:", "<iframe", "<form", "<button", "<textarea", "<select", "style=", "<style",
				"<object", "<embed", "data:", "<meta", "<base", "<link", "<svg", "<math", "type=\"text\"");
		assertThat(html).contains("before", "after");
	}

	@Test
	void linksWithoutAUsableTargetBecomeText() {
		Document doc = render("[click](javascript:alert(1)) here");
		assertThat(doc.select("a")).isEmpty();
		assertThat(doc.text()).contains("click here");
	}

	@Test
	void unknownClassesAreDropped() {
		String html = this.renderer.render("<p class=\"flash danger\">x</p>\n").html();
		assertThat(html).doesNotContain("class=");
	}

	@Test
	void wordCountCountsRunningText() {
		assertThat(this.renderer.render("## Two words\n\nThree more words, isn't it?").wordCount()).isEqualTo(7);
		assertThat(this.renderer.render("이재명 대통령이 중국을 방문했다.").wordCount()).isEqualTo(4);
	}

}
