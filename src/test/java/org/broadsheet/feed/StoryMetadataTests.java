package org.broadsheet.feed;

import java.time.ZoneId;

import org.broadsheet.article.Article;
import org.broadsheet.article.StoryImage;
import org.broadsheet.web.SiteProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.search.StoryFixtures.story;

class StoryMetadataTests {

	static final String HOSTILE = "Tom & \"Jerry\" </script><b>\u2028";

	SiteProperties site = new SiteProperties("Broadsheet", "https://news.example.org/", ZoneId.of("UTC"), "en");

	StoryMetadata metadata = new StoryMetadata(new SiteLinks(this.site), this.site);

	@Test
	void jsonLdDescribesTheStoryAndItsBreadcrumbs() {
		Article article = story("lee-visits").title("Lee visits China")
			.summary("A state visit.")
			.authors("Kim Min-ji", "이재명")
			.desk("World")
			.tags("South Korea", "China")
			.lang("en-GB")
			.published("2026-11-28T09:00:00Z")
			.updated("2026-11-28T12:30:00Z")
			.build();
		article.setImage(new StoryImage("/media/world/lee.jpg", "Lee waves", null, null));
		JsonNode graph = JsonMapper.builder().build().readTree(this.metadata.of(article).jsonLd());
		JsonNode news = graph.get(0);
		assertThat(news.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(news.get("headline").asString()).isEqualTo("Lee visits China");
		assertThat(news.get("datePublished").asString()).isEqualTo("2026-11-28T09:00:00Z");
		assertThat(news.get("dateModified").asString()).isEqualTo("2026-11-28T12:30:00Z");
		assertThat(news.get("author").get(1).get("@type").asString()).isEqualTo("Person");
		assertThat(news.get("author").get(1).get("name").asString()).isEqualTo("이재명");
		assertThat(news.get("author").get(1).get("url").asString())
			.isEqualTo("https://news.example.org/authors/%EC%9D%B4%EC%9E%AC%EB%AA%85");
		assertThat(news.get("image").get(0).asString()).isEqualTo("https://news.example.org/media/world/lee.jpg");
		assertThat(news.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(news.get("articleSection").asString()).isEqualTo("World");
		assertThat(news.get("keywords").get(0).asString()).isEqualTo("South Korea");
		assertThat(news.get("inLanguage").asString()).isEqualTo("en-GB");
		assertThat(news.get("mainEntityOfPage").get("@id").asString())
			.isEqualTo("https://news.example.org/articles/lee-visits");
		JsonNode crumbs = graph.get(1);
		assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		assertThat(crumbs.get("itemListElement")).hasSize(3);
		assertThat(crumbs.get("itemListElement").get(1).get("item").asString())
			.isEqualTo("https://news.example.org/sections/world");
		assertThat(crumbs.get("itemListElement").get(2).get("position").asInt()).isEqualTo(3);
	}

	@Test
	void hostileHeadlineCannotLeaveTheScriptElement() {
		Article article = story("hostile").title(HOSTILE).summary("<!-- x --> & y").build();
		StoryMetadata.StoryHead head = this.metadata.of(article);
		assertThat(head.jsonLd()).doesNotContain("<", ">", "&", "\u2028")
			.contains("\\u003c/script\\u003e")
			.contains("\\\"Jerry\\\"");
		JsonNode graph = JsonMapper.builder().build().readTree(head.jsonLd());
		assertThat(graph.get(0).get("headline").asString()).isEqualTo(HOSTILE);
		assertThat(graph.get(0).get("description").asString()).isEqualTo("<!-- x --> & y");
	}

	@Test
	void openGraphValuesComeFromTheStory() {
		Article article = story("og").title("Headline").summary("Standfirst").lang("ko").build();
		StoryMetadata.StoryHead head = this.metadata.of(article);
		assertThat(head.url()).isEqualTo("https://news.example.org/articles/og");
		assertThat(head.description()).isEqualTo("Standfirst");
		assertThat(head.locale()).isEqualTo("ko");
		assertThat(head.image()).isNull();
		assertThat(head.twitterCard()).isEqualTo("summary");
		assertThat(head.publishedTime()).isEqualTo("2026-01-01T00:00:00Z");
	}

	@Test
	void storyWithoutDeskHasTwoBreadcrumbs() {
		JsonNode graph = JsonMapper.builder().build().readTree(this.metadata.of(story("plain").build()).jsonLd());
		assertThat(graph.get(1).get("itemListElement")).hasSize(2);
		assertThat(graph.get(0).has("articleSection")).isFalse();
	}

}
