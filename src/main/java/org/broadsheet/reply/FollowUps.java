package org.broadsheet.reply;

/**
 * What a reader who posts a reply asked to be told about by email.
 */
public enum FollowUps {

	/** Nothing. */
	NONE,

	/** Approved replies that answer theirs. */
	ANSWERS,

	/** Every newly approved reply on the story (answers to theirs included). */
	STORY

}
