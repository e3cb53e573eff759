package org.broadsheet.reply;

import java.util.List;

import org.broadsheet.reply.ReplyText.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTextTests {

	@Test
	void blankLinesSeparateParagraphsAndLineBreaksStay() {
		List<List<Segment>> paragraphs = ReplyText.paragraphs("One\r\ntwo\n\n\n  \nThree");
		assertThat(paragraphs).containsExactly(List.of(Segment.text("One"), Segment.newLine(), Segment.text("two")),
				List.of(Segment.text("Three")));
	}

	@Test
	void webAddressesBecomeLinksWithoutTrailingPunctuation() {
		List<Segment> segments = ReplyText.paragraphs("See https://example.org/a?b=1&c=2. (or http://x.example/p)")
			.get(0);
		assertThat(segments).containsExactly(Segment.text("See "),
				Segment.link("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"), Segment.text(". (or "),
				Segment.link("http://x.example/p", "http://x.example/p"), Segment.text(")"));
	}

	@Test
	void markupStaysText() {
		assertThat(ReplyText.paragraphs("<script>alert(1)</script> <a href=\"javascript:x\">y</a>").get(0))
			.containsExactly(Segment.text("<script>alert(1)</script> <a href=\"javascript:x\">y</a>"));
	}

	@Test
	void onlyHttpAndHttpsAreLinked() {
		assertThat(ReplyText.paragraphs("javascript:alert(1) data:text/html,x ftp://x.example").get(0))
			.allMatch((segment) -> segment.href() == null);
	}

	@Test
	void anAddressBrokenByAQuoteEndsThere() {
		List<Segment> segments = ReplyText.paragraphs("https://a.example/\"onmouseover=alert(1)").get(0);
		assertThat(segments.get(0)).isEqualTo(Segment.link("https://a.example/", "https://a.example/"));
		assertThat(segments.get(1).href()).isNull();
	}

	@Test
	void linksAreCounted() {
		assertThat(ReplyText.countLinks("http://a.example https://b.example http:// nothing")).isEqualTo(2);
	}

	@Test
	void webUrlAcceptsOnlyHttpAddressesWithAHost() {
		assertThat(ReplyText.webUrl("https://example.org/path")).isEqualTo("https://example.org/path");
		assertThat(ReplyText.webUrl("HTTP://EXAMPLE.ORG")).isEqualTo("HTTP://EXAMPLE.ORG");
		assertThat(ReplyText.webUrl("javascript:alert(1)")).isNull();
		assertThat(ReplyText.webUrl("//example.org")).isNull();
		assertThat(ReplyText.webUrl("http:///x")).isNull();
		assertThat(ReplyText.webUrl("https://exa mple.org")).isNull();
		assertThat(ReplyText.webUrl(null)).isNull();
	}

	@Test
	void anEmptyTextHasNoParagraphs() {
		assertThat(ReplyText.paragraphs(" \n\n ")).isEmpty();
	}

	@Test
	void internationalizedWebsitesAreAccepted() {
		assertThat(ReplyText.webUrl("https://例え.jp/")).isEqualTo("https://例え.jp/");
		assertThat(ReplyText.webUrl("https://مثال.إختبار/صفحة")).isEqualTo("https://مثال.إختبار/صفحة");
		assertThat(ReplyText.webUrl("http://user@bücher.de:8080/x")).isEqualTo("http://user@bücher.de:8080/x");
		assertThat(ReplyText.webUrl("https://例え..jp/")).isNull();
		assertThat(ReplyText.webUrl("https://ex_ample.org/")).isNull();
	}

}
