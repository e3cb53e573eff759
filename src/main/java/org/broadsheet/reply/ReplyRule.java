package org.broadsheet.reply;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * One spam or trust rule. Rules run in their {@code @Order}; the first that decides wins.
 * Another feature (for example a block list) may add its own rule bean.
 */
@NamedInterface("api")
public interface ReplyRule {

	/**
	 * Judge a submission.
	 * @param submission what was posted, with the poster's hashed address
	 * @return a verdict, or empty to let the next rule decide
	 */
	Optional<Verdict> judge(Submission submission);

}
