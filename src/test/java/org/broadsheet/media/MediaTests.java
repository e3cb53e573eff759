package org.broadsheet.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pictures placed in the content folder by hand are served cleaned: with an ETag and a
 * short cache at their plain address, immutable at their fingerprinted widths; anything
 * else, a damaged file or a link leaving the folder is a 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class MediaTests {

	static final Path TOP = tempDir();

	static final Path DIR = TOP.resolve("content");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResponsiveImages images;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("broadsheet.content.dir", DIR::toString);
		registry.add("broadsheet.media.cache-dir", () -> TOP.resolve("data/media-cache").toString());
	}

	static Path tempDir() {
		try {
			Path top = Files.createTempDirectory("broadsheet-media");
			Path world = Files.createDirectories(top.resolve("content/world"));
			Files.write(world.resolve("photo.JPG"), TestImages.phonePhoto());
			Files.write(world.resolve("map.png"), TestImages.png(640, 360));
			Files.write(world.resolve("cut.jpg"), TestImages.cut(TestImages.phonePhoto(), 0.5));
			Files.writeString(world.resolve("story.md"), "---\ntitle: Secret source\ndate: 2025-01-01\n---\n");
			Files.writeString(world.resolve("harbour.md"),
					"---\ntitle: Harbour at dusk\nslug: harbour\ndate: 2025-01-02\nimage: photo.JPG\n"
							+ "image_alt: Boats at dusk\n---\nThe map:\n\n![Map of the bay](map.png)\n\n"
							+ "<img src=\"map.png\" srcset=\"https://tracker.example/x.png 2x\" alt=\"x\">\n");
			Files.writeString(world.resolve("notes.txt"), "notes");
			Files.writeString(world.resolve("evil.svg"), "<svg onload=alert(1)/>");
			Files.writeString(world.resolve("photo.webp"), "RIFFxxxx");
			Files.writeString(world.resolve("photo.avif"), "not avif");
			Files.write(world.resolve(".dot.png"), TestImages.png(2, 2));
			Files.createDirectories(world.resolve(".hidden"));
			Files.write(world.resolve(".hidden/x.png"), TestImages.png(2, 2));
			Files.createDirectories(top.resolve("data"));
			Files.writeString(top.resolve("data/broadsheet.mv.db"), "H2 database with password hashes");
			Files.createDirectories(top.resolve("outside"));
			Files.write(top.resolve("outside/map.png"), TestImages.png(64, 64));
			Files.createSymbolicLink(world.resolve("passwd.png"), Path.of("/etc/passwd"));
			Files.createSymbolicLink(world.resolve("outside"), top.resolve("outside"));
			Files.createSymbolicLink(world.resolve("outside.png"), top.resolve("outside/map.png"));
			Files.createSymbolicLink(world.resolve("db.png"), top.resolve("data/broadsheet.mv.db"));
			Files.createSymbolicLink(world.resolve("loop.png"), world.resolve("loop2.png"));
			Files.createSymbolicLink(world.resolve("loop2.png"), world.resolve("loop.png"));
			Files.createSymbolicLink(world.resolve("alias.png"), world.resolve("map.png"));
			return top;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aPictureAtItsPlainAddressIsCleanUprightAndKeptOnlyMinutes() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/media/world/photo.JPG"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andReturn()
			.getResponse();
		byte[] body = response.getContentAsByteArray();
		assertThat(TestImages.upright(body)).isTrue();
		assertThat(TestImages.jpegMarkers(body)).doesNotContain("225");
		assertThat(TestImages.contains(body, "Exif")).isFalse();
		String etag = response.getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/media/world/photo.JPG").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void everyWidthIsCleanUprightAndImmutableAtItsFingerprintedAddress() throws Exception {
		ResponsiveImage image = this.images.of("/media/world/photo.JPG").orElseThrow();
		assertThat(image.width()).isEqualTo(1000);
		assertThat(image.height()).isEqualTo(2000);
		assertThat(image.srcset()).matches("/media/world/photo\\.480w\\.[0-9a-f]{16}\\.jpg 480w, "
				+ "/media/world/photo\\.960w\\.[0-9a-f]{16}\\.jpg 960w, /media/world/photo\\.1000w\\.[0-9a-f]{16}\\.jpg 1000w");
		assertThat(image.shareWidth()).isEqualTo(1000);
		for (String candidate : image.srcset().split(", ")) {
			String url = candidate.substring(0, candidate.indexOf(' '));
			byte[] body = this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(TestImages.upright(body)).as(url).isTrue();
			assertThat(TestImages.jpegMarkers(body)).as(url).doesNotContain("225");
		}
		this.mvc.perform(get("/media/world/photo.700w.0123456789abcdef.jpg")).andExpect(status().isNotFound());
	}

	@Test
	void theStoryPageGivesLeadAndBodyPicturesTheirSizesAndWidths() throws Exception {
		String html = this.mvc.perform(get("/articles/harbour"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		Element lead = page.selectFirst("img.lead-image");
		assertThat(lead.attr("width")).isEqualTo("1000");
		assertThat(lead.attr("height")).isEqualTo("2000");
		assertThat(lead.attr("fetchpriority")).isEqualTo("high");
		assertThat(lead.hasAttr("loading")).isFalse();
		assertThat(lead.attr("src")).matches("/media/world/photo\\.960w\\.[0-9a-f]{16}\\.jpg");
		assertThat(lead.attr("srcset")).contains("480w").contains("960w").contains("1000w");
		assertThat(lead.attr("sizes")).isEqualTo(ResponsiveImage.SIZES);
		for (Element body : page.select("#story-body img")) {
			assertThat(body.attr("width")).isEqualTo("640");
			assertThat(body.attr("height")).isEqualTo("360");
			assertThat(body.attr("loading")).isEqualTo("lazy");
			assertThat(body.attr("sizes")).isEqualTo(ResponsiveImage.SIZES);
			assertThat(body.attr("srcset")).matches("/media/world/map\\.480w\\.[0-9a-f]{16}\\.png 480w, "
					+ "/media/world/map\\.640w\\.[0-9a-f]{16}\\.png 640w");
		}
		assertThat(page.select("#story-body img")).hasSize(2);
		assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
			.matches("http://localhost:8080/media/world/photo\\.1000w\\.[0-9a-f]{16}\\.jpg");
		assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1000");
		assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("2000");
	}

	@Test
	void aReplacedPictureIsServedAfreshWithANewETag() throws Exception {
		Path chart = DIR.resolve("world/chart.png");
		Files.write(chart, TestImages.png(300, 200));
		String before = this.mvc.perform(get("/media/world/chart.png")).andReturn().getResponse().getHeader("ETag");
		Files.write(chart, TestImages.png(320, 200));
		Files.setLastModifiedTime(chart, FileTime.from(Instant.now().plusSeconds(5)));
		MockHttpServletResponse after = this.mvc.perform(get("/media/world/chart.png").header("If-None-Match", before))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(after.getHeader("ETag")).isNotEqualTo(before);
		assertThat(TestImages.read(after.getContentAsByteArray()).getWidth()).isEqualTo(320);
	}

	@Test
	void aDamagedPictureIsA404WithAWarningNamingItWhileTheSiteServes(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/media/world/cut.jpg")).andExpect(status().isNotFound());
		assertThat(output.getOut()).contains("Refused image world/cut.jpg: damaged or incomplete image");
		this.mvc.perform(get("/media/world/map.png")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/media/world/story.md", "/media/world/notes.txt", "/media/world/evil.svg",
			"/media/world/.hidden/x.png", "/media/world/.dot.png", "/media/world/missing.png", "/media/", "/media",
			"/media/world", "/media/world/photo.webp", "/media/world/photo.avif" })
	void anythingButACleanPictureAnswers404(String url) throws Exception {
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

	@ParameterizedTest
	@ValueSource(strings = { "passwd.png", "outside/map.png", "outside.png", "db.png", "loop.png" })
	void aLinkLeavingTheContentFolderIsA404WithOneWarningNamingIt(String link, CapturedOutput output) throws Exception {
		this.mvc.perform(get("/media/world/" + link))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("root:"))))
			.andExpect(content().string(not(containsString("password"))));
		assertThat(output.getOut()).containsOnlyOnce("Refused /media/world/" + link);
	}

	@Test
	void aLinkInsideTheContentFolderIsServed() throws Exception {
		byte[] body = this.mvc.perform(get("/media/world/alias.png"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TestImages.read(body).getWidth()).isEqualTo(640);
		assertThat(new String(body, StandardCharsets.ISO_8859_1)).startsWith("\u0089PNG");
	}

}
