package org.broadsheet.content;

import java.nio.file.Path;

import org.broadsheet.article.SourceFingerprint;

/**
 * One file as read by the loader: a story to store, unchanged, or a failure with its
 * line.
 */
record FileRead(String path, RenderedStory story, boolean unchanged, int line, String failure) {

	/** Reads one file; runs on a reading thread, so it never throws. */
	static FileRead of(Path root, String path, SourceFingerprint known, StoryParser parser) {
		try {
			StoryFile file = StoryFile.read(root, path, parser.salt());
			if (known != null && file.hash().equals(known.contentHash())) {
				return new FileRead(path, null, true, 0, null);
			}
			return new FileRead(path, parser.parse(file), false, 0, null);
		}
		catch (ContentException ex) {
			return new FileRead(path, null, false, ex.line(), ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError ex) {
			return new FileRead(path, null, false, 0, "could not be parsed (" + ex.getClass().getSimpleName() + ")");
		}
	}

}
