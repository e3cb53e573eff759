package org.broadsheet.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.broadsheet.article.Author;
import org.broadsheet.article.NameInFile;
import org.broadsheet.article.Tag;

/**
 * Two different desk, tag or author names that make one address ({@code AT&T} and
 * {@code AT T} both make {@code at-t}) share one page and its heading: the loader warns
 * at the second, naming the first and its file. Spellings of one name (case, dashes,
 * underscores, spaces) are no clash. One per load run; the first name of each address is
 * the one stored by another file, else the first read in the run.
 */
final class NameClashes {

	private final BiFunction<String, String, List<NameInFile>> stored;

	private final Map<String, NameInFile> first = new HashMap<>();

	/**
	 * @param stored the names stored stories write for a key ({@code section},
	 * {@code tags}, {@code authors}) and slug
	 */
	NameClashes(BiFunction<String, String, List<NameInFile>> stored) {
		this.stored = stored;
	}

	/** The warnings for a story read from a file, at the lines of the names. */
	List<ParsedStory.Warning> check(String path, FrontMatter meta, String text) {
		List<ParsedStory.Warning> warnings = new ArrayList<>();
		if (meta.desk() != null) {
			check("section", "/sections/", meta.desk().name(), meta.desk().slug(), path, text, warnings);
		}
		for (Tag tag : meta.tags()) {
			check("tags", "/tags/", tag.name(), tag.slug(), path, text, warnings);
		}
		for (Author author : meta.authors()) {
			check("authors", "/authors/", author.name(), author.slug(), path, text, warnings);
		}
		return warnings;
	}

	private void check(String key, String prefix, String name, String slug, String path, String text,
			List<ParsedStory.Warning> warnings) {
		NameInFile known = this.first.computeIfAbsent(key + ":" + slug,
				(k) -> this.stored.apply(key, slug)
					.stream()
					.filter((other) -> !path.equals(other.sourcePath()))
					.findFirst()
					.orElse(new NameInFile(name, path)));
		if (!path.equals(known.sourcePath()) && !folded(known.name()).equals(folded(name))) {
			warnings.add(new ParsedStory.Warning(lineOf(text, name),
					key + " '" + name + "' has the address " + prefix + slug + " of " + key + " '" + known.name()
							+ "' in " + known.sourcePath() + "; both list on one page"));
		}
	}

	/** A name without case, and with spaces, dashes and underscores alike. */
	private static String folded(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s_\\-\u2010-\u2015]+", " ")
			.strip();
	}

	/** The front matter line that writes the name, else the first. */
	private static int lineOf(String text, String name) {
		String[] lines = text.split("\n", -1);
		for (int i = 1; i < lines.length && !lines[i].startsWith("---"); i++) {
			if (lines[i].contains(name)) {
				return i + 1;
			}
		}
		return 1;
	}

}
