package org.broadsheet.article;

/**
 * What the loader needs to know of a stored story to skip an unchanged file.
 */
public record SourceFingerprint(Long id, String slug, String sourcePath, String contentHash, boolean removed) {

}
