package org.broadsheet.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Image uploads: the type comes from the bytes, alt text is required and an image over
 * {@code broadsheet.media.max-size} is a form error on the upload page.
 */
@SpringBootTest(properties = "broadsheet.content.dir=" + MediaUploadTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MediaUploadTests {

	static final byte[] PNG = TestImages.png(30, 20);

	static final String DIR = "target/test-content-media-upload";

	@Autowired
	MockMvc mvc;

	@Autowired
	ResponsiveImages images;

	static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file, String alt) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/media").file(file);
		request.with(user("ed").roles("EDITOR")).with(csrf()).param("alt", alt);
		return request;
	}

	@Test
	void aPhpFileNamedJpgIsRefusedAndARealImageIsStoredByItsHash() throws Exception {
		byte[] php = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(upload(new MockMultipartFile("file", "cat.jpg", "image/jpeg", php), "A cat"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problem", "media.refused.type"));
		this.mvc.perform(upload(new MockMultipartFile("file", "x.png", "image/png", PNG), "A square"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("url", matchesPattern("/media/media/[0-9a-f]{32}\\.png")));
		this.mvc.perform(upload(new MockMultipartFile("file", "y.png", "image/png", PNG), ""))
			.andExpect(model().attribute("problem", "editor.media.alt"));
	}

	@Test
	void aPhonePhotoIsStoredUprightWithoutItsLocationAndServedSoInEveryWidth() throws Exception {
		byte[] photo = TestImages.phonePhoto();
		String url = (String) this.mvc
			.perform(upload(new MockMultipartFile("file", "IMG_0042.JPG", "image/jpeg", photo), "The harbour"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("![The harbour](/media/media/")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("url");
		byte[] stored = Files.readAllBytes(Path.of(DIR).resolve(url.substring("/media/".length())));
		assertThat(TestImages.jpegMarkers(stored)).doesNotContain("225");
		assertThat(TestImages.contains(stored, "Exif")).isFalse();
		assertThat(TestImages.upright(stored)).isTrue();
		ResponsiveImage image = this.images.of(url).orElseThrow();
		for (String candidate : image.srcset().split(", ")) {
			byte[] served = this.mvc.perform(get(candidate.substring(0, candidate.indexOf(' '))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(TestImages.upright(served)).isTrue();
			assertThat(TestImages.jpegMarkers(served)).doesNotContain("225");
			assertThat(TestImages.contains(served, "GPS")).isFalse();
		}
	}

	@Test
	void aBombATruncatedFileAndAMislabelledOneAreRefusedByNameWhileThePortalServes() throws Exception {
		this.mvc.perform(upload(new MockMultipartFile("file", "chart.png", "image/png", TestImages.pngBomb()), "A"))
			.andExpect(model().attribute("problem", "media.refused.pixels"))
			.andExpect(content()
				.string(containsString("The image is 50000 \u00d7 50000 pixels, more than the 50-megapixel limit")));
		byte[] cut = TestImages.cut(TestImages.phonePhoto(), 0.5);
		this.mvc.perform(upload(new MockMultipartFile("file", "cut.jpg", "image/jpeg", cut), "A"))
			.andExpect(model().attribute("problem", "media.refused.damaged"))
			.andExpect(content().string(containsString("The image is damaged or incomplete (")))
			.andExpect(content().string(not(containsString("incomplete ()"))));
		this.mvc.perform(upload(new MockMultipartFile("file", "chart.gif", "image/gif", PNG), "A"))
			.andExpect(model().attribute("problem", "media.refused.mislabelled"))
			.andExpect(content().string(containsString("named as a GIF image but holds a PNG image")));
		this.mvc.perform(get("/")).andExpect(status().isOk());
	}

	@Test
	void anImageOverTheMaximumSizeIsAFormErrorThatKeepsTheAltText() throws Exception {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		this.mvc.perform(upload(new MockMultipartFile("file", "big.png", "image/png", large), "A big map"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problem", "editor.media.large"))
			.andExpect(content().string(containsString("The image is larger than 5 MB")))
			.andExpect(content().string(containsString("value=\"A big map\"")));
	}

}
