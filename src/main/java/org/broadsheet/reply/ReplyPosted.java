package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;

/**
 * Published when a reader's reply has been stored (inside the storing transaction; use
 * {@code @TransactionalEventListener} to act after commit).
 *
 * @param replyId the new reply
 * @param articleId its story
 * @param status the status the rules gave it
 * @param rule the rule that decided
 */
@NamedInterface("api")
public record ReplyPosted(long replyId, long articleId, ReplyStatus status, String rule) {

}
