package org.broadsheet.reply;

/**
 * Published when the replies a story shows publicly changed outside the moderation queue
 * (readers' reports took one back to the queue).
 *
 * @param articleId the story whose public replies changed
 */
public record RepliesChanged(long articleId) {

}
