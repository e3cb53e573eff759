package org.broadsheet.content;

/**
 * The story's file changed on disk since the editor opened it; nothing was written.
 */
public class StoryFileChangedException extends RuntimeException {

	private final String fileText;

	StoryFileChangedException(String path, String fileText) {
		super("the file " + path + " changed since the story was opened");
		this.fileText = fileText;
	}

	/** The text now on disk. */
	public String fileText() {
		return this.fileText;
	}

}
