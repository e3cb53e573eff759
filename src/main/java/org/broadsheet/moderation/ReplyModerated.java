package org.broadsheet.moderation;

import org.broadsheet.reply.ReplyStatus;

/**
 * Published after a moderator changed a reply (inside the transaction).
 *
 * @param replyId the reply
 * @param articleId its story
 * @param action what was done
 * @param status its status now, {@code null} when it was deleted
 */
public record ReplyModerated(long replyId, long articleId, ModerationAction action, ReplyStatus status) {

}
