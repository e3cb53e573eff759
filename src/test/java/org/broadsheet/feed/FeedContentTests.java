package org.broadsheet.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedContentTests {

	@Test
	void storyImagesReachFeedReadersWithAnAbsoluteSourceAndWithoutThePagesWidthCopies() {
		String html = FeedContent.absoluteHtml("<p><img src=\"/media/world/seoul.jpg\" alt=\"Seoul\" "
				+ "srcset=\"/media/world/seoul.480w.0123456789abcdef.jpg 480w\" sizes=\"100vw\" loading=\"lazy\" "
				+ "width=\"1600\" height=\"900\"></p>", "https://news.example/articles/seoul");
		assertThat(html).contains("src=\"https://news.example/media/world/seoul.jpg\"")
			.contains("width=\"1600\"")
			.doesNotContain("srcset")
			.doesNotContain("sizes")
			.doesNotContain("loading");
	}

}
