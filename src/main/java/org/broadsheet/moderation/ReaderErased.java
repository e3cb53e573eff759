package org.broadsheet.moderation;

/**
 * Published inside the transaction that erased a reader's data, so every feature that
 * keeps something under their address (mail subscriptions) erases it too.
 *
 * @param email the address whose data was erased, as the moderator typed it
 */
public record ReaderErased(String email) {

}
