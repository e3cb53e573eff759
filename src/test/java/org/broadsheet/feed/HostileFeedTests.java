package org.broadsheet.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.Tag;
import org.broadsheet.content.ContentLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hostile payloads of the reply tests, put into every field of stories written both
 * through the editor's form and as Markdown files, then read back from every feed the way
 * a feed reader does: each RSS text element and each Atom HTML element is parsed as HTML,
 * and none may hold active content (scripts, frames, embeds, event handlers,
 * {@code javascript:} URLs...). Atom's text elements are declared {@code type="text"}.
 */
@SpringBootTest(properties = "broadsheet.content.dir=" + HostileFeedTests.DIR)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileFeedTests {

	static final String DIR = "target/test-content-hostile-feeds";

	static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "embed", "object",
			"applet", "svg", "math", "form", "button", "base", "meta", "link", "style", "template", "portal",
			"textarea", "select", "video", "audio", "source", "track");

	static final List<String> HTML_IN_RSS = List.of("title", "description", "encoded", "creator", "category");

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentLoader loader;

	@Autowired
	ArticleRepository articles;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	static void emptyFolder() throws IOException {
		FileSystemUtils.deleteRecursively(Path.of(DIR));
		Files.createDirectories(Path.of(DIR));
	}

	@Test
	void noFeedCarriesActiveContentFromAnyField() throws Exception {
		List<String> groups = payloadGroups();
		for (int i = 0; i < groups.size(); i++) {
			publishThroughTheForm("form-" + i, groups.get(i));
			writeMarkdownFile("file-" + i, groups.get(i));
		}
		this.loader.load();
		Set<String> feeds = new LinkedHashSet<>(List.of("/rss.xml", "/atom.xml"));
		this.transactions.executeWithoutResult((status) -> {
			for (Article article : this.articles.findAll()) {
				if (article.getDesk() != null) {
					feeds.add("/sections/" + article.getDesk().slug() + "/rss.xml");
					feeds.add("/sections/" + article.getDesk().slug() + "/atom.xml");
				}
				for (Tag tag : article.getTags()) {
					feeds.add("/tags/" + tag.slug() + "/atom.xml");
				}
			}
		});
		assertThat(this.articles.count()).isEqualTo(2L * groups.size());
		List<String> active = new ArrayList<>();
		for (String feed : feeds) {
			active.addAll(activeContentIn(feed));
		}
		assertThat(active).isEmpty();
	}

	private List<String> activeContentIn(String feed) throws Exception {
		byte[] body = this.mvc.perform(get(feed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Document xml = XmlAssert.parse(body);
		List<String> found = new ArrayList<>();
		if (feed.endsWith("rss.xml")) {
			for (String name : HTML_IN_RSS) {
				NodeList nodes = xml.getElementsByTagNameNS("*", name);
				for (int i = 0; i < nodes.getLength(); i++) {
					found.addAll(active(feed + " <" + name + ">", nodes.item(i).getTextContent()));
				}
			}
			return found;
		}
		for (String name : List.of("title", "summary", "content", "name")) {
			NodeList nodes = xml.getElementsByTagNameNS(XmlAssert.ATOM, name);
			for (int i = 0; i < nodes.getLength(); i++) {
				org.w3c.dom.Element element = (org.w3c.dom.Element) nodes.item(i);
				String type = element.getAttribute("type");
				if (type.equals("html") || type.equals("xhtml")) {
					found.addAll(active(feed + " <" + name + ">", element.getTextContent()));
				}
				else if (!name.equals("name") && !type.equals("text")) {
					found.add(feed + " <" + name + "> is not declared type=\"text\"");
				}
			}
		}
		return found;
	}

	/** What a feed reader rendering this as HTML would run or load. */
	static List<String> active(String where, String html) {
		List<String> found = new ArrayList<>();
		for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
			if (ACTIVE_ELEMENTS.contains(element.normalName())) {
				found.add(where + ": " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
				if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")
						|| value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| value.startsWith("data:")) {
					found.add(where + ": " + element.outerHtml());
				}
			}
		}
		return found;
	}

	private void publishThroughTheForm(String slug, String payload) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/articles/new").with(user("ed").roles("EDITOR"))
			.with(csrf())
			.param("action", "publish")
			.param("title", slug + " " + payload)
			.param("slug", slug)
			.param("section", "Hostile " + payload.substring(0, Math.min(150, payload.length())))
			.param("tags", payload)
			.param("authors", payload)
			.param("summary", payload)
			.param("body", body(payload));
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private static void writeMarkdownFile(String slug, String payload) throws IOException {
		String value = quoted(payload);
		String text = "---\ntitle: " + quoted(slug + " " + payload) + "\nslug: " + slug
				+ "\ndate: 2025-01-15\nsection: "
				+ quoted("Hostile file " + payload.substring(0, Math.min(150, payload.length()))) + "\ntags: [" + value
				+ "]\nauthors: [" + value + "]\nsummary: " + value + "\n---\n" + body(payload);
		Files.writeString(Path.of(DIR, slug + ".md"), text);
	}

	/**
	 * Each payload as a paragraph of its own, as a raw HTML line and as a Markdown link.
	 */
	private static String body(String payloads) {
		StringBuilder body = new StringBuilder();
		for (String payload : payloads.split(" \\| ")) {
			body.append(payload).append("\n\n[link](").append(payload.replace(")", "")).append(")\n\n");
		}
		return body.toString();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** The payloads joined into groups that fit the form's shortest fields. */
	static List<String> payloadGroups() throws IOException {
		List<String> groups = new ArrayList<>();
		StringBuilder group = new StringBuilder();
		for (String payload : payloads()) {
			if (group.length() + payload.length() > 180) {
				groups.add(group.toString());
				group.setLength(0);
			}
			group.append((group.length() > 0) ? " | " : "").append(payload);
		}
		groups.add(group.toString());
		return groups;
	}

	private static List<String> payloads() throws IOException {
		try (InputStream in = HostileFeedTests.class.getResourceAsStream("/reply/hostile-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
		}
	}

}
