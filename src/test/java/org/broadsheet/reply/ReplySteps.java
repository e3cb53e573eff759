package org.broadsheet.reply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What reply and moderation tests do, in the words of the people involved: a story is
 * published, a reader posts the form as a browser does (a token rendered ten seconds ago,
 * an address of their own), a moderator approves, readers report; and what is stored is
 * looked up. Moderation tests fill the queue directly. A {@link ReplyTest} hands these to
 * test methods; elsewhere {@link #of} makes them from any context.
 */
public final class ReplySteps {

	private final ApplicationContext context;

	private ReplySteps(ApplicationContext context) {
		this.context = context;
	}

	public static ReplySteps of(ApplicationContext context) {
		return new ReplySteps(context);
	}

	/** A story published yesterday and open for replies. */
	public Article publicStory() {
		return Stories.publicStory(bean(ArticleRepository.class));
	}

	/** A story published yesterday whose replies are closed. */
	Article closedStory() {
		return Stories.closedStory(bean(ArticleRepository.class));
	}

	/** Stores a story built by the test. */
	Article save(Article story) {
		return bean(ArticleRepository.class).save(story);
	}

	/** A reader's post of the reply form, from an address of its own. */
	MockHttpServletRequestBuilder reply(String slug, String text) {
		return ReplyPosts.reply(bean(FormTokens.class), slug, text);
	}

	/** A reader's post of the reply form from this address. */
	MockHttpServletRequestBuilder reply(String slug, String text, String address) {
		return ReplyPosts.reply(bean(FormTokens.class), slug, text, address);
	}

	/** A form token for this story, rendered ten seconds ago. */
	String token(String slug) {
		return ReplyPosts.token(bean(FormTokens.class), slug);
	}

	/** A reader's report of a reply, from this address. */
	MockHttpServletRequestBuilder report(Article story, Reply reply, String token, String address) {
		return post("/articles/{slug}/replies/{id}/report", story.getSlug(), reply.getId()).param("token", token)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	/** A reader posts this reply (stored: 303) and a moderator approves it. */
	Reply approved(Article story, String text) throws Exception {
		return approved(story, text, null);
	}

	/** A reader answers {@code parentId} (or nobody) and a moderator approves it. */
	Reply approved(Article story, String text, Long parentId) throws Exception {
		MockHttpServletRequestBuilder post = reply(story.getSlug(), text);
		if (parentId != null) {
			post = post.with(ReplyPosts.set("comment_parent", parentId.toString()));
		}
		bean(MockMvc.class).perform(post).andExpect(status().isSeeOther());
		Reply reply = repliesOn(story).stream().filter((r) -> r.getText().equals(text)).findFirst().orElseThrow();
		return approve(reply.getId());
	}

	/** A moderator approves the reply. */
	Reply approve(long replyId) {
		ReplyRepository replies = bean(ReplyRepository.class);
		Reply reply = replies.findById(replyId).orElseThrow();
		reply.approve();
		return replies.save(reply);
	}

	/** Every stored reply on this story, whatever its status. */
	List<Reply> repliesOn(Article story) {
		return bean(ReplyRepository.class).findAll()
			.stream()
			.filter((reply) -> reply.getArticleId().equals(story.getId()))
			.toList();
	}

	/** The reports stored against this reply, one per reader. */
	int reportsOf(Reply reply) {
		return bean(JdbcTemplate.class).queryForObject("select count(*) from reply_report where reply_id = ?",
				Integer.class, reply.getId());
	}

	/** Empties the moderation queue: no reply on any story. */
	public void emptyQueue() {
		bean(ReplyRepository.class).deleteAll();
	}

	/**
	 * A reply stored as if the rules had decided {@code status}, at {@code createdAt}.
	 */
	public Reply savedReply(Article story, String name, String email, String text, ReplyStatus status,
			Instant createdAt) {
		return ReplyFixtures.reply(bean(ReplyRepository.class), story, name, email, text, status, createdAt);
	}

	/**
	 * A reply waiting for a moderator now, by {@code name} at {@code name@example.com}.
	 */
	public Reply pendingReply(Article story, String name, String text) {
		return savedReply(story, name, name.toLowerCase() + "@example.com", text, ReplyStatus.PENDING, Instant.now());
	}

	/** The reply as stored now. */
	public Reply stored(long replyId) {
		return find(replyId).orElseThrow();
	}

	/** The reply as stored now, if it still is. */
	public Optional<Reply> find(long replyId) {
		return bean(ReplyRepository.class).findById(replyId);
	}

	/** The first stored reply with this text. */
	public Reply withText(String text) {
		return bean(ReplyRepository.class).findAll()
			.stream()
			.filter((reply) -> text.equals(reply.getText()))
			.findFirst()
			.orElseThrow();
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

}
