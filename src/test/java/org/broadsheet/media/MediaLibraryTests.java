package org.broadsheet.media;

import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.content.ContentLoader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The media library lists every picture with its size, alt text and the stories using it,
 * and lets an editor delete only a picture no story uses. Shares
 * {@link MediaUploadTests}' context.
 */
@SpringBootTest(properties = "broadsheet.content.dir=" + MediaUploadTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MediaLibraryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentLoader loader;

	String upload(byte[] image, String name, String alt) throws Exception {
		return (String) this.mvc
			.perform(MediaUploadTests.upload(new MockMultipartFile("file", name, "image/jpeg", image), alt))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("url");
	}

	@Test
	void theLibraryListsUsageAndOnlyAnUnusedPictureCanBeDeleted() throws Exception {
		String used = upload(TestImages.phonePhoto(), "harbour.jpg", "Boats in the harbour");
		String unused = upload(TestImages.png(123, 45), "spare.png", "A spare chart");
		Path dir = Path.of(MediaUploadTests.DIR);
		Files.writeString(dir.resolve("library-story.md"),
				"---\ntitle: Night in the harbour\nslug: night-harbour\ndate: 2025-01-02\n---\n![Boats](" + used
						+ ")\n");
		this.loader.load();
		String page = this.mvc.perform(get("/admin/media").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String usedPath = used.substring("/media/".length());
		String unusedPath = unused.substring("/media/".length());
		assertThat(page).contains(usedPath)
			.contains("1000 \u00d7 2000 pixels")
			.contains("123 \u00d7 45 pixels")
			.contains("Boats in the harbour")
			.contains("value=\"![A spare chart](" + unused + ")\"")
			.contains("href=\"/articles/night-harbour\">Night in the harbour</a>")
			.contains("name=\"path\" value=\"" + unusedPath + "\"")
			.doesNotContain("name=\"path\" value=\"" + usedPath + "\"");

		this.mvc
			.perform(post("/admin/media/delete").param("path", usedPath).with(user("ed").roles("EDITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("stillUsed", usedPath))
			.andExpect(flash().attribute("stillUsedBy", "Night in the harbour"));
		assertThat(dir.resolve(usedPath)).exists();

		this.mvc
			.perform(post("/admin/media/delete").param("path", unusedPath)
				.with(user("cy").roles("CONTRIBUTOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/media/delete").param("path", unusedPath).with(user("ed").roles("EDITOR")))
			.andExpect(status().isForbidden());
		assertThat(dir.resolve(unusedPath)).exists();

		this.mvc
			.perform(
					post("/admin/media/delete").param("path", unusedPath).with(user("ed").roles("EDITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("deleted", unusedPath));
		assertThat(dir.resolve(unusedPath)).doesNotExist();
		this.mvc.perform(get(unused)).andExpect(status().isNotFound());
	}

}
