package org.broadsheet.moderation;

/**
 * Published when a moderator blocked or unblocked posters (inside the transaction).
 *
 * @param added how many blocks were added; negative when blocks were lifted
 */
public record PostersBlocked(int added) {

}
