package org.broadsheet.reply;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's plain text as paragraphs of text, link and line-break segments, for templates
 * to render with {@code th:text} and {@code th:href}. No HTML is ever produced here.
 */
final class ReplyText {

	private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"'`\\p{Cntrl}]+");

	private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\t \\u00a0]*\\n\\s*");

	private static final Pattern ASCII_HOST = Pattern
		.compile("(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.?");

	private static final String TRAILING = ".,;:!?*'\"";

	private ReplyText() {
	}

	/** The text as paragraphs; blank lines separate paragraphs, line breaks stay. */
	static List<List<Segment>> paragraphs(String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		List<List<Segment>> paragraphs = new ArrayList<>();
		for (String paragraph : BLANK_LINE.split(normalized)) {
			if (paragraph.isBlank()) {
				continue;
			}
			List<Segment> segments = new ArrayList<>();
			String[] lines = paragraph.strip().split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					segments.add(Segment.newLine());
				}
				addLine(segments, lines[i]);
			}
			paragraphs.add(List.copyOf(segments));
		}
		return List.copyOf(paragraphs);
	}

	/** How many web addresses the text links to. */
	static int countLinks(String text) {
		int count = 0;
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			if (webUrl(trim(matcher.group())) != null) {
				count++;
			}
		}
		return count;
	}

	/** The address if it is a well-formed http(s) URL with a host, else {@code null}. */
	static String webUrl(String candidate) {
		if (candidate == null || candidate.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(candidate.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			boolean web = scheme.equals("http") || scheme.equals("https");
			return (web && hasHost(uri)) ? candidate.strip() : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * Whether the address names a host; internationalized names ({@code 例え.jp},
	 * {@code مثال.مصر}) count when they convert to ASCII.
	 */
	private static boolean hasHost(URI uri) {
		if (uri.getHost() != null) {
			return !uri.getHost().isEmpty();
		}
		String authority = uri.getAuthority();
		if (authority == null) {
			return false;
		}
		String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
		try {
			String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
			return !ascii.isEmpty() && ASCII_HOST.matcher(ascii).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void addLine(List<Segment> segments, String line) {
		Matcher matcher = URL.matcher(line);
		int start = 0;
		while (matcher.find()) {
			String url = trim(matcher.group());
			String href = webUrl(url);
			if (href == null) {
				continue;
			}
			if (matcher.start() > start) {
				segments.add(Segment.text(line.substring(start, matcher.start())));
			}
			segments.add(Segment.link(url, href));
			start = matcher.start() + url.length();
		}
		if (start < line.length()) {
			segments.add(Segment.text(line.substring(start)));
		}
	}

	private static String trim(String url) {
		String trimmed = url;
		while (!trimmed.isEmpty()) {
			char last = trimmed.charAt(trimmed.length() - 1);
			if (TRAILING.indexOf(last) >= 0 || (last == ')' && unbalanced(trimmed, '(', ')'))
					|| (last == ']' && unbalanced(trimmed, '[', ']'))) {
				trimmed = trimmed.substring(0, trimmed.length() - 1);
			}
			else {
				break;
			}
		}
		return trimmed;
	}

	private static boolean unbalanced(String text, char open, char close) {
		return text.chars().filter((c) -> c == close).count() > text.chars().filter((c) -> c == open).count();
	}

	/**
	 * A piece of a paragraph: plain text, a link (text and href) or a line break.
	 *
	 * @param text the text to show (escaped by the template)
	 * @param href the link target (an http(s) URL) or {@code null}
	 * @param lineBreak whether this piece is a line break
	 */
	record Segment(String text, String href, boolean lineBreak) {

		static Segment text(String text) {
			return new Segment(text, null, false);
		}

		static Segment link(String text, String href) {
			return new Segment(text, href, false);
		}

		static Segment newLine() {
			return new Segment("", null, true);
		}

		public boolean isLink() {
			return this.href != null;
		}

	}

}
