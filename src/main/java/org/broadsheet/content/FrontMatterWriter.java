package org.broadsheet.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.article.Correction;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a story file from {@link StoryFields}: the admin's keys first in a fixed order,
 * then every other key of the previous file in its order, so writing the same story twice
 * gives the same bytes.
 */
final class FrontMatterWriter {

	private static final Set<String> OWNED = Set.of("title", "slug", "date", "author", "authors", "section", "tags",
			"summary", "image", "image_alt", "comments", "draft", "review", "lead", "corrections");

	private final ZoneId zone;

	FrontMatterWriter(ZoneId zone) {
		this.zone = zone;
	}

	String write(StoryFields fields, String previousText) {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("title", fields.title());
		yaml.put("slug", fields.slug());
		yaml.put("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(fields.date().truncatedTo(ChronoUnit.SECONDS).atZone(this.zone).toOffsetDateTime()));
		putList(yaml, "authors", fields.authors());
		putText(yaml, "section", fields.section());
		putList(yaml, "tags", fields.tags());
		putText(yaml, "summary", fields.summary());
		putText(yaml, "image", fields.image());
		putText(yaml, "image_alt", (fields.image() != null) ? fields.imageAlt() : null);
		if (!fields.commentsOpen()) {
			yaml.put("comments", "closed");
		}
		putFlag(yaml, "draft", fields.draft());
		putFlag(yaml, "review", fields.review());
		putFlag(yaml, "lead", fields.lead());
		putCorrections(yaml, fields.corrections());
		previous(previousText).forEach((key, value) -> {
			if (!OWNED.contains(key)) {
				yaml.putIfAbsent(key, value);
			}
		});
		String body = fields.body().replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^\n+", "");
		if (!body.isEmpty() && !body.endsWith("\n")) {
			body = body + "\n";
		}
		return "---\n" + dumper().dump(yaml) + "---\n\n" + body;
	}

	private static void putText(Map<String, Object> yaml, String key, String value) {
		if (value != null && !value.isBlank()) {
			yaml.put(key, value.strip());
		}
	}

	private static void putList(Map<String, Object> yaml, String key, List<String> values) {
		if (!values.isEmpty()) {
			yaml.put(key, values);
		}
	}

	private static void putCorrections(Map<String, Object> yaml, List<Correction> corrections) {
		if (!corrections.isEmpty()) {
			yaml.put("corrections", corrections.stream().map((correction) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("date", correction.date());
				entry.put("text", correction.text());
				return entry;
			}).toList());
		}
	}

	private static void putFlag(Map<String, Object> yaml, String key, boolean value) {
		if (value) {
			yaml.put(key, true);
		}
	}

	/** The keys of the previous file's front matter, dates kept as written. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> previous(String text) {
		if (text == null) {
			return Map.of();
		}
		String normalized = FrontMatterParser.normalize(text);
		String[] lines = normalized.split("\n", -1);
		int open = 0;
		while (open < lines.length && lines[open].isBlank()) {
			open++;
		}
		if (open == lines.length || !lines[open].strip().equals("---")) {
			return Map.of();
		}
		StringBuilder yaml = new StringBuilder();
		for (int i = open + 1; i < lines.length; i++) {
			String l = lines[i].stripTrailing();
			if (l.equals("---") || l.equals("...")) {
				break;
			}
			yaml.append(lines[i]).append('\n');
		}
		try {
			Object loaded = new Yaml(new DatesAsText(new LoaderOptions())).load(yaml.toString());
			return (loaded instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	private static Yaml dumper() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		options.setLineBreak(DumperOptions.LineBreak.UNIX);
		options.setIndicatorIndent(0);
		return new Yaml(new DatesAsWritten(options), options);
	}

	/** Writes a {@link LocalDate} as a plain YAML date, {@code 2026-01-05}. */
	private static final class DatesAsWritten extends Representer {

		DatesAsWritten(DumperOptions options) {
			super(options);
			this.representers.put(LocalDate.class, (data) -> representScalar(Tag.TIMESTAMP, data.toString()));
		}

	}

	/**
	 * Reads YAML timestamps as the text written, so kept keys are written back as they
	 * were.
	 */
	private static final class DatesAsText extends SafeConstructor {

		DatesAsText(LoaderOptions options) {
			super(options);
			this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
		}

	}

}
