package org.broadsheet.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A reply ticked in the queue, with the version the moderator saw ({@code "id:version"}).
 *
 * @param id the reply
 * @param version its version when the queue was shown
 */
record SelectedReply(long id, long version) {

	static final int MAX_SELECTION = 500;

	static Optional<SelectedReply> parse(String value) {
		if (value == null || !value.matches("\\d{1,18}:\\d{1,18}")) {
			return Optional.empty();
		}
		String[] parts = value.split(":");
		return Optional.of(new SelectedReply(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
	}

	static List<SelectedReply> parseAll(Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.map(SelectedReply::parse)
			.flatMap(Optional::stream)
			.distinct()
			.limit(MAX_SELECTION)
			.toList();
	}

}
