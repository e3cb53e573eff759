package org.broadsheet.caching;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.broadsheet.web.PageFreshness;

/**
 * The live text of a kept page ({@link PageFreshness#live}): where each live text sits in
 * the page's body, and how to write the body again with every one of them as of now.
 * Immutable; the body it describes is the page's own, so a kept page holds its body once.
 */
final class LiveParts {

	private final List<Supplier<String>> sources;

	private final List<Part> parts;

	private LiveParts(List<Supplier<String>> sources, List<Part> parts) {
		this.sources = sources;
		this.parts = parts;
	}

	/**
	 * The live parts of a rendered body, or {@code null} when a live text does not appear
	 * in it as rendered (it cannot be written afresh).
	 */
	static LiveParts find(byte[] body, List<PageFreshness.LiveText> live) {
		List<Supplier<String>> sources = new ArrayList<>();
		List<Part> parts = new ArrayList<>();
		for (PageFreshness.LiveText text : live) {
			byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
			int from = indexOf(body, bytes, 0);
			if (from < 0) {
				return null;
			}
			for (; from >= 0; from = indexOf(body, bytes, from + bytes.length)) {
				parts.add(new Part(from, bytes.length, sources.size()));
			}
			sources.add(text.current());
		}
		parts.sort(Comparator.comparingInt(Part::start));
		for (int i = 1; i < parts.size(); i++) {
			if (parts.get(i).start() < parts.get(i - 1).end()) {
				return null;
			}
		}
		return new LiveParts(List.copyOf(sources), List.copyOf(parts));
	}

	/**
	 * The body these parts describe, written again with every live text as of now (each
	 * source asked once), and where the texts sit in it.
	 */
	Written write(byte[] body) {
		byte[][] current = new byte[this.sources.size()][];
		for (int i = 0; i < current.length; i++) {
			current[i] = this.sources.get(i).get().getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream written = new ByteArrayOutputStream(body.length + 64);
		List<Part> moved = new ArrayList<>(this.parts.size());
		int copied = 0;
		for (Part part : this.parts) {
			written.write(body, copied, part.start() - copied);
			moved.add(new Part(written.size(), current[part.source()].length, part.source()));
			written.writeBytes(current[part.source()]);
			copied = part.end();
		}
		written.write(body, copied, body.length - copied);
		return new Written(written.toByteArray(), new LiveParts(this.sources, List.copyOf(moved)));
	}

	/** A body written afresh, and where its live texts sit. */
	record Written(byte[] body, LiveParts live) {

	}

	private static int indexOf(byte[] body, byte[] text, int from) {
		if (text.length == 0) {
			return -1;
		}
		for (int i = Math.max(0, from); i <= body.length - text.length; i++) {
			if (body[i] == text[0] && Arrays.equals(body, i, i + text.length, text, 0, text.length)) {
				return i;
			}
		}
		return -1;
	}

	/** Where one live text sits, and which of the sources writes it. */
	private record Part(int start, int length, int source) {

		int end() {
			return this.start + this.length;
		}

	}

}
