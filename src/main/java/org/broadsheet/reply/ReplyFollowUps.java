package org.broadsheet.reply;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the reply form offers follow-up mail: only when an SMTP host is configured
 * ({@code spring.mail.host}), so a portal without mail shows the form as before.
 */
@Component("replyFollowUps")
class ReplyFollowUps {

	private final boolean offered;

	ReplyFollowUps(Environment environment) {
		this.offered = StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}

	public boolean offered() {
		return this.offered;
	}

}
