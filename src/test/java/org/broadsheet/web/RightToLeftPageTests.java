package org.broadsheet.web;

import org.broadsheet.article.ArticleRepository;
import org.broadsheet.feed.DiscoveryTest;
import org.broadsheet.feed.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stories in right-to-left languages are read right to left: the page carries
 * {@code dir="rtl"} with its {@code lang}; left-to-right pages carry no {@code dir}.
 */
@DiscoveryTest
class RightToLeftPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void anArabicStoryPageReadsRightToLeft() throws Exception {
		new Fixtures(this.articles, this.events).save(story("rtl-arabic").title("مرحبا بالعالم")
			.html("<h2 id=\"مقدمة\">مقدمة</h2><p>نص عربي.</p>")
			.lang("ar")
			.published("2031-03-01T00:00:00Z"));
		this.mvc.perform(get("/articles/rtl-arabic"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
	}

	@Test
	void anArabicStorysCardInAnEnglishListReadsRightToLeft() throws Exception {
		new Fixtures(this.articles, this.events).save(story("rtl-card").title("خبر عاجل من القاهرة")
			.html("<p>نص عربي.</p>")
			.lang("ar")
			.published("2031-03-02T00:00:00Z"));
		for (String list : new String[] { "/", "/search?q=القاهرة" }) {
			this.mvc.perform(get(list))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"ar\" dir=\"rtl\"")));
		}
	}

	@Test
	void aJapaneseStoryPageHasNoDirection() throws Exception {
		new Fixtures(this.articles, this.events).save(
				story("ltr-japanese").title("日本語の記事").html("<p>本文。</p>").lang("ja").published("2031-03-01T00:00:00Z"));
		this.mvc.perform(get("/articles/ltr-japanese"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ja\">")));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", textBlock = """
			ar,      rtl
			he,      rtl
			fa-IR,   rtl
			ur,      rtl
			yi,      rtl
			ku-Arab, rtl
			az-Arab, rtl
			uz-Latn, none
			en,      none
			ja,      none
			ko,      none
			'',      none
			""")
	void languagesKnowTheirDirection(String lang, String dir) {
		assertThat(new TextDirection().of(lang)).isEqualTo(dir);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "none", textBlock = """
			ar,   en, rtl
			he,   ar, none
			en,   ar, ltr
			ja,   he, ltr
			ko,   en, none
			none, ar, none
			""")
	void aPartInAnotherLanguageSaysItsDirectionOnlyWhenThePageReadsTheOtherWay(String lang, String page, String dir) {
		assertThat(new TextDirection().within(lang, page)).isEqualTo(dir);
	}

}
