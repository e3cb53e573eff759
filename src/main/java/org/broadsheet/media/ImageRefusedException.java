package org.broadsheet.media;

/**
 * An image the portal will not take: its problem as a message key for the upload form
 * ({@code media.refused.*}) and as plain words for the log.
 */
class ImageRefusedException extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	ImageRefusedException(String key, String message, Object... arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments;
	}

	String key() {
		return this.key;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

	static ImageRefusedException damaged(String detail) {
		return new ImageRefusedException("media.refused.damaged", "damaged or incomplete image: " + detail, detail);
	}

}
