package org.broadsheet.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware access to the keys of a front-matter mapping. Values are read from
 * the composed YAML nodes, so no object is ever constructed from a YAML tag. Control
 * characters a YAML escape can write ({@code "\0"}, {@code "\e"}, {@code "\x85"}) are
 * dropped from text values, line breaks and tabs kept: pages, feeds and mails show them.
 */
class YamlFields {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

	private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP);

	private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

	private final int lineOffset;

	YamlFields(MappingNode mapping, int lineOffset) throws ContentException {
		this.lineOffset = lineOffset;
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key) || !PLAIN.contains(key.getTag())) {
				throw new ContentException("front matter keys must be plain words like 'title'",
						line(tuple.getKeyNode()));
			}
			String name = key.getValue().strip().toLowerCase(Locale.ROOT).replace('-', '_');
			if (this.fields.put(name, tuple) != null) {
				throw new ContentException("key '" + name + "' appears twice", line(key));
			}
		}
	}

	Set<String> keys() {
		return this.fields.keySet();
	}

	/** The 1-based file line of a key, or of the opening {@code ---} when absent. */
	int lineOf(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? line(tuple.getKeyNode()) : this.lineOffset - 1;
	}

	/** A text value, stripped; {@code null} when absent, empty or {@code null}. */
	String text(String key) throws ContentException {
		Node node = value(key);
		if (node == null) {
			return null;
		}
		String text = scalar(key, node);
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A list of texts: a YAML list, or one text split at commas. */
	List<String> list(String key) throws ContentException {
		Node node = value(key);
		List<String> values = new ArrayList<>();
		if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				String text = scalar(key, item);
				if (text != null && !text.isBlank()) {
					values.add(text.strip());
				}
			}
		}
		else if (node != null) {
			String text = scalar(key, node);
			for (String part : (text == null) ? new String[0] : text.split(",")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

	boolean bool(String key, boolean otherwise) throws ContentException {
		String text = text(key);
		if (text == null) {
			return otherwise;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw new ContentException(key + " must be true or false, not '" + text + "'", valueLine(key));
		};
	}

	int valueLine(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? line(tuple.getValueNode()) : this.lineOffset - 1;
	}

	/** The value node of a key, {@code null} when absent. */
	Node value(String key) {
		NodeTuple tuple = this.fields.get(key);
		return (tuple != null) ? tuple.getValueNode() : null;
	}

	private String scalar(String key, Node node) throws ContentException {
		if (!(node instanceof ScalarNode scalar)) {
			throw new ContentException(key + " must be text, not a " + kind(node), line(node));
		}
		if (!PLAIN.contains(scalar.getTag())) {
			throw new ContentException(key + " uses the unsupported YAML tag " + scalar.getTag(), line(node));
		}
		return (scalar.getTag().equals(Tag.NULL)) ? null : CONTROL.matcher(scalar.getValue()).replaceAll("");
	}

	private static String kind(Node node) {
		return (node instanceof SequenceNode) ? "list" : "mapping";
	}

	/**
	 * The text of a plain scalar, {@code null} for a YAML {@code null}, a list, a mapping
	 * or a tagged value.
	 */
	static String plainText(Node node) {
		if (node instanceof ScalarNode scalar && PLAIN.contains(scalar.getTag()) && !scalar.getTag().equals(Tag.NULL)) {
			return CONTROL.matcher(scalar.getValue()).replaceAll("");
		}
		return null;
	}

	/** The 1-based file line where a node starts. */
	int line(Node node) {
		return node.getStartMark().getLine() + this.lineOffset;
	}

}
