package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Correction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the {@code corrections} key: a list of entries like {@code - {date: 2026-01-05,
 * text: "..."}}. A bad entry never stops the story: it is skipped with a warning naming
 * its line.
 */
class CorrectionEntries {

	private static final String KEY = "corrections";

	private final YamlFields fields;

	private final ZoneId zone;

	CorrectionEntries(YamlFields fields, ZoneId zone) {
		this.fields = fields;
		this.zone = zone;
	}

	List<Correction> read(List<ParsedStory.Warning> warnings) {
		Node node = this.fields.value(KEY);
		if (node == null || node instanceof ScalarNode scalar
				&& (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank())) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			warnings.add(new ParsedStory.Warning(this.fields.line(node),
					"corrections must be a list of entries like '- {date: 2026-01-05, text: ...}'; ignored"));
			return List.of();
		}
		List<Correction> corrections = new ArrayList<>();
		int number = 0;
		for (Node item : sequence.getValue()) {
			number++;
			try {
				corrections.add(entry(item, warnings));
			}
			catch (BadEntry ex) {
				warnings.add(new ParsedStory.Warning(this.fields.line(item),
						"correction " + number + " " + ex.getMessage() + "; skipped"));
			}
		}
		return List.copyOf(corrections);
	}

	private Correction entry(Node item, List<ParsedStory.Warning> warnings) throws BadEntry {
		if (!(item instanceof MappingNode mapping)) {
			throw new BadEntry("is not an entry like '{date: 2026-01-05, text: ...}'");
		}
		String date = null;
		String text = null;
		for (NodeTuple tuple : mapping.getValue()) {
			String key = YamlFields.plainText(tuple.getKeyNode());
			String value = YamlFields.plainText(tuple.getValueNode());
			if ("date".equals(key)) {
				date = value;
			}
			else if ("text".equals(key)) {
				text = value;
			}
			else {
				warnings.add(new ParsedStory.Warning(this.fields.line(tuple.getKeyNode()),
						"correction key '" + key + "' is unknown; only date and text are read"));
			}
		}
		String note = Correction.normalize(text);
		if (note.isEmpty()) {
			throw new BadEntry("has no text");
		}
		if (note.codePointCount(0, note.length()) > Correction.MAX_TEXT) {
			throw new BadEntry("is longer than " + Correction.MAX_TEXT + " characters");
		}
		if (date == null || date.isBlank()) {
			throw new BadEntry("has no date");
		}
		return new Correction(day(date.strip()), note);
	}

	private LocalDate day(String date) throws BadEntry {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeException ex) {
			Instant instant = FrontMatterDates.parse(date, this.zone);
			if (instant == null) {
				throw new BadEntry("has the date '" + date + "', not a date like 2026-01-05");
			}
			return LocalDate.ofInstant(instant, this.zone);
		}
	}

	/** Why one entry is skipped. */
	private static final class BadEntry extends Exception {

		BadEntry(String reason) {
			super(reason, null, false, false);
		}

	}

}
