package org.broadsheet.caching;

import java.util.List;

/**
 * Conditional GET rules of RFC 9110 (section 13.1): {@code If-None-Match} compares entity
 * tags weakly and, when present, decides alone; otherwise {@code If-Modified-Since}
 * compares whole seconds.
 */
final class Validators {

	private Validators() {
	}

	static boolean notModified(List<String> ifNoneMatch, long ifModifiedSince, String etag, long lastModified) {
		if (!ifNoneMatch.isEmpty()) {
			String mine = opaque(etag);
			for (String header : ifNoneMatch) {
				for (String candidate : header.split(",")) {
					String tag = candidate.strip();
					if (tag.equals("*") || opaque(tag).equals(mine)) {
						return true;
					}
				}
			}
			return false;
		}
		return ifModifiedSince >= 0 && lastModified >= 0 && lastModified / 1000 <= ifModifiedSince / 1000;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

}
