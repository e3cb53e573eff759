package org.broadsheet.reply;

import org.springframework.modulith.NamedInterface;

/**
 * What a reader who posts a reply asked to be told about by email.
 */
@NamedInterface("api")
public enum FollowUps {

	/** Nothing. */
	NONE,

	/** Approved replies that answer theirs. */
	ANSWERS,

	/** Every newly approved reply on the story (answers to theirs included). */
	STORY

}
