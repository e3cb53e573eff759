package org.broadsheet.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A moderator's edit of a reply's text, and the version it was made on.
 *
 * @param version the version shown when the edit began
 * @param text the new text
 */
public record ReplyEditForm(@NotNull Long version, @NotBlank @CodePointLength(max = 65525) String text) {

}
