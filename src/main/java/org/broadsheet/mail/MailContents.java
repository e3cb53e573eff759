package org.broadsheet.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.article.Article;
import org.broadsheet.reply.Reply;
import org.broadsheet.reply.ReplyService;
import org.broadsheet.reply.ReplyStatus;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * What a message says, from its notices: the replies still worth telling about (a held
 * reply a moderator already handled, or an answer taken down again, is left out) and the
 * links. Runs in the worker's batching transaction.
 */
@Component
class MailContents {

	private static final int EXCERPT = 300;

	private final ReplyService replies;

	private final ReaderAddressRepository readers;

	private final MailLinks links;

	private final MailComposer composer;

	MailContents(ReplyService replies, ReaderAddressRepository readers, MailLinks links, MailComposer composer) {
		this.replies = replies;
		this.readers = readers;
		this.links = links;
		this.composer = composer;
	}

	/**
	 * One reply as a message lists it.
	 *
	 * @param story the story's headline
	 * @param poster the poster's name
	 * @param rule the rule that decided its status
	 * @param reason why it was held
	 * @param excerpt the start of its text
	 * @param link the queue entry (moderators) or the reply under the story (readers)
	 */
	record Item(String story, String poster, String rule, String reason, String excerpt, String link) {
	}

	/**
	 * A message ready to queue.
	 *
	 * @param mail the rendered message
	 * @param unsubscribeUrl the reader's one-click unsubscribe link, or {@code null}
	 */
	record Ready(MailComposer.Composed mail, String unsubscribeUrl) {
	}

	/** The message for these notices, or empty when none is still worth sending. */
	Optional<Ready> compose(NoticeKind kind, String recipientKey, List<MailNotices.Open> notices) {
		if (kind == NoticeKind.CONFIRM) {
			return this.readers.findByEmailKey(recipientKey)
				.filter((reader) -> !reader.isConfirmed() && reader.getConfirmationSentAt() != null)
				.map((reader) -> reader(kind, reader, Map.of("confirmUrl", this.links.confirmUrl(reader))));
		}
		List<Item> items = items(kind, notices);
		if (items.isEmpty()) {
			return Optional.empty();
		}
		if (kind == NoticeKind.FOLLOW_UP) {
			return this.readers.findByEmailKey(recipientKey)
				.filter(ReaderAddress::isConfirmed)
				.map((reader) -> reader(kind, reader, Map.of("items", items)));
		}
		return Optional.of(new Ready(this.composer.compose(kind.template(), Map.of("items", items)), null));
	}

	private Ready reader(NoticeKind kind, ReaderAddress reader, Map<String, Object> variables) {
		String unsubscribeUrl = this.links.unsubscribeUrl(reader);
		Map<String, Object> all = new HashMap<>(variables);
		all.put("unsubscribeUrl", unsubscribeUrl);
		return new Ready(this.composer.compose(kind.template(), all), unsubscribeUrl);
	}

	private List<Item> items(NoticeKind kind, List<MailNotices.Open> notices) {
		List<Item> items = new ArrayList<>();
		for (MailNotices.Open notice : notices) {
			Reply reply = (notice.replyId() != null) ? this.replies.find(notice.replyId()).orElse(null) : null;
			if (reply != null && reply.getStatus() == wanted(kind)) {
				items.add(item(kind, reply));
			}
		}
		return items;
	}

	private static ReplyStatus wanted(NoticeKind kind) {
		return (kind == NoticeKind.FOLLOW_UP) ? ReplyStatus.APPROVED : ReplyStatus.PENDING;
	}

	private Item item(NoticeKind kind, Reply reply) {
		Article article = reply.getArticle();
		String site = this.composer.siteUrl();
		String link = (kind == NoticeKind.FOLLOW_UP) ? site + "/articles/"
				+ UriUtils.encodePathSegment(article.getSlug(), "UTF-8") + "#reply-" + reply.getId()
				: site + "/moderation/replies/" + reply.getId();
		String text = reply.getText().strip();
		String excerpt = (text.codePointCount(0, text.length()) > EXCERPT)
				? text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…" : text;
		return new Item(article.getTitle(), reply.getAuthorName(), reply.getRule(), reply.getReason(), excerpt, link);
	}

}
