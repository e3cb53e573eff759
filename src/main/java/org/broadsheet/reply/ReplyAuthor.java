package org.broadsheet.reply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * Who posted a reply, as typed (trimmed). The website is optional.
 *
 * @param name the name shown with the reply
 * @param email the address, never shown to the public
 * @param website an http(s) address or {@code null}
 */
@NamedInterface("api")
public record ReplyAuthor(String name, String email, String website) {

	/** The form in which two spellings of one address compare equal. */
	static String emailKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
