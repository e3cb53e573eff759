package org.broadsheet.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "broadsheet.content.dir=src/test/resources/media")
class MediaTests {

	@Autowired
	MockMvc mvc;

	@Test
	void imagesBesideStoriesAreServedWithALongCache() throws Exception {
		this.mvc.perform(get("/media/world/map.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().string("Cache-Control", containsString("immutable")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/world/photo.JPG", "/media/world/photo.webp", "/media/world/photo.avif" })
	void everyImageTypeIsServedWhateverTheCaseOfItsExtension(String url) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/world/story.md", "/media/world/notes.txt", "/media/world/evil.svg",
			"/media/world/.hidden/x.png", "/media/world/.dot.png", "/media/world/missing.png", "/media/",
			"/media/world" })
	void anythingButAnImageAnswers404(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/../application-test.properties", "/media/world/../../application-test.properties",
			"/media/%2e%2e/application-test.properties", "/media/world/%2e%2e/%2e%2e/content/good/markets-rally.md",
			"/media/world/..%2f..%2fapplication-test.properties" })
	void pathTraversalIsRefusedAndServesNothing(String url) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(not(containsString("spring."))));
	}

}
