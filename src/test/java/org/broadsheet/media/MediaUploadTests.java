package org.broadsheet.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Image uploads: the type comes from the bytes, alt text is required and an image over
 * {@code broadsheet.media.max-size} is a form error on the upload page.
 */
@SpringBootTest(properties = "broadsheet.content.dir=target/test-content-media-upload")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MediaUploadTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

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
			.andExpect(model().attribute("problem", "editor.media.type"));
		this.mvc.perform(upload(new MockMultipartFile("file", "x.gif", "image/gif", PNG), "A square"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("url", matchesPattern("/media/media/[0-9a-f]{32}\\.png")));
		this.mvc.perform(upload(new MockMultipartFile("file", "y.png", "image/png", PNG), ""))
			.andExpect(model().attribute("problem", "editor.media.alt"));
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
