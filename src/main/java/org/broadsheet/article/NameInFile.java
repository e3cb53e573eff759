package org.broadsheet.article;

import org.springframework.modulith.NamedInterface;

/**
 * A desk, tag or author name as a stored story's file writes it.
 *
 * @param name the name
 * @param sourcePath the story's file below the content folder ({@code null} for none)
 */
@NamedInterface("api")
public record NameInFile(String name, String sourcePath) {

}
