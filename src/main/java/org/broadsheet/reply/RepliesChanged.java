package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;

/**
 * Published when the replies a story shows publicly changed outside the moderation queue
 * (readers' reports took one back to the queue).
 *
 * @param articleId the story whose public replies changed
 */
@NamedInterface("api")
public record RepliesChanged(long articleId) {

}
