package org.broadsheet.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The content folder as media reads it: images live there beside the stories. The setting
 * belongs to the content feature ({@code broadsheet.content.dir}, env
 * {@code BROADSHEET_CONTENT_DIR}), which depends on media; media binds the one key itself
 * rather than depend back on content, so the key appears twice in the configuration
 * metadata, with the same default. A location that is not on the file system (a URL)
 * cannot be bound and stops start-up.
 *
 * @param dir the folder of story files and their images ({@code BROADSHEET_CONTENT_DIR})
 */
@ConfigurationProperties("broadsheet.content")
record ContentFolderProperties(@DefaultValue("content") Path dir) {

}
