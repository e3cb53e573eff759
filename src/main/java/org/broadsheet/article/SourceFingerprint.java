package org.broadsheet.article;

import org.springframework.modulith.NamedInterface;

/**
 * What the loader needs to know of a stored story to skip an unchanged file: the hash of
 * its text and, to skip it without reading, the stamp (size and modification time) of the
 * file as last loaded ({@code null} when it must be read).
 */
@NamedInterface("api")
public record SourceFingerprint(Long id, String slug, String sourcePath, String contentHash, String sourceStamp,
		boolean removed) {

}
