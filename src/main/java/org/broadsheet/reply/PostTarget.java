package org.broadsheet.reply;

import java.time.Instant;

/**
 * The public story a reply is posted to, with only what posting reads.
 *
 * @param id the story's id
 * @param slug its slug
 * @param commentsOpen whether the story takes replies at all
 * @param publishedAt when it went public
 */
record PostTarget(long id, String slug, boolean commentsOpen, Instant publishedAt) {
}
