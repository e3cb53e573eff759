package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;

/**
 * Published inside the storing transaction when a reader ticked "Notify me of follow-up
 * replies by email" on a reply that was not refused as spam.
 *
 * @param replyId the new reply
 * @param articleId its story
 * @param email the address the reader typed
 * @param followUps what they want to hear about
 */
@NamedInterface("api")
public record FollowUpsRequested(long replyId, long articleId, String email, FollowUps followUps) {

}
