package org.broadsheet.content;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Splits a story file into YAML front matter and Markdown body and checks the front
 * matter. A UTF-8 byte order mark and CRLF or CR line endings read like clean files.
 * Errors carry the file line.
 */
class FrontMatterParser {

	static final Set<String> KEYS = Set.of("title", "date", "updated", "slug", "author", "authors", "section", "tags",
			"summary", "image", "image_alt", "image_caption", "image_credit", "lang", "draft", "comments", "lead",
			"review", "corrections");

	/**
	 * One YAML reader per thread: building one costs more than composing a story's front
	 * matter, and each {@code compose} starts afresh, so nothing carries over between
	 * files.
	 */
	private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatterParser::yaml);

	private final ZoneId zone;

	private final String defaultLang;

	FrontMatterParser(ZoneId zone, String defaultLang) {
		this.zone = zone;
		this.defaultLang = defaultLang;
	}

	/** The text of a file as stories are read: no byte order mark, {@code \n} endings. */
	static String normalize(String text) {
		String t = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
		return (t.indexOf('\r') < 0) ? t : t.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * Parses a normalized story file.
	 * @param text the file text, see {@link #normalize(String)}
	 * @param path the file's path below the content folder, with {@code /}
	 * @return the front matter and body
	 * @throws ContentException when the file cannot become a story
	 */
	ParsedStory parse(String text, String path) throws ContentException {
		String[] lines = text.split("\n", -1);
		int open = 0;
		while (open < lines.length && lines[open].isBlank()) {
			open++;
		}
		if (open == lines.length) {
			throw new ContentException("file is empty: a story starts with front matter between '---' lines", 1);
		}
		if (!lines[open].stripTrailing().equals("---")) {
			throw new ContentException("no front matter: the file must start with a '---' line", open + 1);
		}
		int close = open + 1;
		while (close < lines.length && !isClosing(lines[close])) {
			close++;
		}
		if (close == lines.length) {
			throw new ContentException("front matter is not closed: add a '---' line after it", open + 1);
		}
		String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(open + 1, close));
		String body = String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
		YamlFields fields = new YamlFields(compose(yaml, open + 2), open + 2);
		List<ParsedStory.Warning> warnings = new ArrayList<>();
		for (String key : fields.keys()) {
			if (!KEYS.contains(key)) {
				warnings.add(new ParsedStory.Warning(fields.lineOf(key), "unknown front matter key '" + key + "'"));
			}
		}
		FrontMatter meta = new FrontMatterReader(fields, this.zone, this.defaultLang, path).read(warnings);
		return new ParsedStory(meta, body, List.copyOf(warnings));
	}

	private static boolean isClosing(String line) {
		String l = line.stripTrailing();
		return l.equals("---") || l.equals("...");
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setCodePointLimit(1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

	private static MappingNode compose(String yaml, int firstLine) throws ContentException {
		Node root;
		try {
			root = YAML.get().compose(new StringReader(yaml));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + firstLine : firstLine - 1;
			throw new ContentException("front matter is not valid YAML: " + ex.getProblem(), line);
		}
		catch (YAMLException ex) {
			throw new ContentException("front matter is not valid YAML: " + ex.getMessage(), firstLine - 1);
		}
		if (root == null) {
			throw new ContentException("front matter is empty: title and date are required", firstLine - 1);
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new ContentException("front matter must be keys with values, like 'title: ...'",
					root.getStartMark().getLine() + firstLine);
		}
		return mapping;
	}

}
