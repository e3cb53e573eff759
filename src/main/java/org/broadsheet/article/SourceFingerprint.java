package org.broadsheet.article;

import org.springframework.modulith.NamedInterface;

/**
 * What the loader needs to know of a stored story to skip an unchanged file.
 */
@NamedInterface("api")
public record SourceFingerprint(Long id, String slug, String sourcePath, String contentHash, boolean removed) {

}
