package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.broadsheet.article.SourceFingerprint;

/**
 * One file as read by the loader: a story to store, unchanged, or a failure with its
 * line. An unchanged file whose stamp differs from the stored one (touched, copied)
 * carries its new stamp, so the next run need not read it.
 */
record FileRead(String path, RenderedStory story, boolean unchanged, int line, String failure, String restamp) {

	/**
	 * Reads one file; runs on a reading thread, so it never throws. A file whose size and
	 * modification time match the stored stamp is unchanged without being read.
	 */
	static FileRead of(Path root, String path, SourceFingerprint known, StoryParser parser) {
		StoryFile file = null;
		try {
			if (known != null && known.sourceStamp() != null
					&& known.sourceStamp().equals(stampNow(root.resolve(path), parser.salt()))) {
				return new FileRead(path, null, true, 0, null, null);
			}
			file = StoryFile.read(root, path, parser.salt());
			if (known != null && file.hash().equals(known.contentHash())) {
				boolean restamp = file.stamp() != null && !file.stamp().equals(known.sourceStamp());
				return new FileRead(path, null, true, 0, null, restamp ? file.stamp() : null);
			}
			return new FileRead(path, parser.parse(file), false, 0, null, null);
		}
		catch (ContentException ex) {
			return new FileRead(path, null, false, ex.line(), ex.getMessage(), null);
		}
		catch (StackOverflowError ex) {
			return new FileRead(path, null, false, (file != null) ? DeepNesting.deepestLine(file.text()) : 0,
					DeepNesting.REASON, null);
		}
		catch (RuntimeException ex) {
			return new FileRead(path, null, false, 0, "could not be parsed (" + ex.getClass().getSimpleName() + ")",
					null);
		}
	}

	private static String stampNow(Path file, String salt) {
		try {
			return FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class), salt,
					System.currentTimeMillis());
		}
		catch (IOException ex) {
			return null;
		}
	}

}
