package org.broadsheet.mail;

import org.broadsheet.article.Article;
import org.broadsheet.reply.ReaderReplies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every mail test starts from: the shared mail context, a fresh story, and the steps
 * people take. Afterwards the SMTP server is up and the test's moderators get no more
 * mail, so no test counts another's.
 */
@MailTest
abstract class MailScenario {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MailSteps steps;

	Article story;

	@BeforeEach
	void newStory() {
		this.steps = new MailSteps(this.context, this.mvc);
		this.story = ReaderReplies.publicStory(this.context);
	}

	@AfterEach
	void cleanUp() {
		MailSink.start();
		this.steps.retireModerators();
	}

}
