package org.broadsheet.editorial;

import java.time.Instant;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's length limits count characters as a person does: an emoji or a rare CJK
 * character (outside the Basic Multilingual Plane, two UTF-16 units) counts once, and a
 * story at the limit is stored on the database as well.
 */
@EditorialTest
class CharacterCountTests {

	/** One character, two UTF-16 units. */
	static final String EMOJI = "😀";

	/** A CJK Extension B letter: one character, two UTF-16 units. */
	static final String RARE_HAN = "𠀀";

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleRepository articles;

	Newsroom newsroom() {
		return new Newsroom(this.mvc, this.articles);
	}

	@Test
	void aTitleOfFiveHundredEmojiIsStoredWhole() throws Exception {
		String title = "Count " + EMOJI.repeat(494);
		Article story = newsroom().publish(title, "Body.");
		assertThat(story.getTitle()).isEqualTo(title);
		assertThat(story.getTitle().codePointCount(0, story.getTitle().length())).isEqualTo(500);
	}

	@Test
	void namesAndTextsAtTheirLimitsInRareCharactersAreStored() throws Exception {
		String desk = RARE_HAN.repeat(200);
		String alt = RARE_HAN.repeat(1000);
		newsroom()
			.save("/admin/articles/new", "publish", "title", "Rare limits", "slug", "rare-limits", "section", desk,
					"tags", RARE_HAN.repeat(199) + "a", "authors", RARE_HAN.repeat(199) + "b", "image", "/media/x.png",
					"imageAlt", alt, "summary", EMOJI.repeat(2000), "body", "Body.")
			.andExpect(status().is3xxRedirection());
		Article story = this.articles.findPublicBySlug("rare-limits", Instant.now()).orElseThrow();
		assertThat(story.getDesk().name()).isEqualTo(desk);
		assertThat(story.getImage().alt()).isEqualTo(alt);
		assertThat(story.getTags()).singleElement()
			.satisfies((tag) -> assertThat(tag.name()).isEqualTo(RARE_HAN.repeat(199) + "a"));
		assertThat(story.getAuthors()).singleElement()
			.satisfies((author) -> assertThat(author.name()).isEqualTo(RARE_HAN.repeat(199) + "b"));
	}

	@Test
	void aTitleOneCharacterOverTheLimitIsAFormError() throws Exception {
		newsroom().save("/admin/articles/new", "publish", "title", EMOJI.repeat(501), "body", "Kept words")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title"));
	}

	@Test
	void aLongKoreanTitleAndSectionStillMakeAFileName() throws Exception {
		String title = "가".repeat(200);
		newsroom().save("/admin/articles/new", "publish", "title", title, "section", "나".repeat(200), "body", "Body.")
			.andExpect(status().is3xxRedirection());
		Article story = this.articles.findBySlug(title).orElseThrow();
		assertThat(story.getSourcePath()).startsWith("나".repeat(80) + "/" + "가".repeat(80) + ".md");
	}

}
