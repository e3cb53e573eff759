package org.broadsheet.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change as it travels between instances: a {@code NOTIFY} payload of the sending
 * instance's id, the kind and the story ids ({@code origin KIND 1,2,3}). Many ids are
 * split over several messages, as a payload holds less than 8,000 bytes.
 *
 * @param origin the id of the instance that made the change
 * @param change the change
 */
record ChangeMessage(String origin, RemoteChange change) {

	/** Story ids per message: at most 20 characters each, well under the limit. */
	static final int IDS_PER_MESSAGE = 300;

	static List<String> payloads(String origin, RemoteChange.Kind kind, Set<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		List<String> payloads = new ArrayList<>();
		int from = 0;
		do {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_MESSAGE));
			StringBuilder payload = new StringBuilder(origin).append(' ').append(kind.name()).append(' ');
			chunk.forEach((id) -> payload.append(id).append(','));
			payloads.add(payload.toString());
			from += IDS_PER_MESSAGE;
		}
		while (from < all.size());
		return payloads;
	}

	/** Reads a payload; {@code null} when it is not one of ours. */
	static ChangeMessage parse(String payload) {
		String[] parts = payload.split(" ", -1);
		if (parts.length != 3) {
			return null;
		}
		try {
			RemoteChange.Kind kind = RemoteChange.Kind.valueOf(parts[1]);
			Set<Long> ids = new LinkedHashSet<>();
			for (String id : parts[2].split(",")) {
				if (!id.isEmpty()) {
					ids.add(Long.parseLong(id));
				}
			}
			return new ChangeMessage(parts[0], new RemoteChange(kind, ids));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
