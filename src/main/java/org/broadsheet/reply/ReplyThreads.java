package org.broadsheet.reply;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Builds the nested thread from a story's replies: each reply under its parent when the
 * parent is shown, otherwise at the top level; oldest first at every level.
 */
@Component
class ReplyThreads {

	private final ReplyProperties properties;

	private final SiteProperties site;

	private final DateTimeFormatter date;

	private final DateTimeFormatter time;

	ReplyThreads(ReplyProperties properties, SiteProperties site) {
		this.properties = properties;
		this.site = site;
		Locale locale = Locale.forLanguageTag(site.language());
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
	}

	/**
	 * The thread of these replies; those whose ids are in {@code own} are marked as the
	 * reader's own, awaiting moderation.
	 */
	List<ReplySection.Node> thread(List<Reply> replies, Set<Long> own, boolean open) {
		List<Reply> ordered = new ArrayList<>(replies);
		ordered.sort(Comparator.comparing(Reply::getCreatedAt).thenComparing(Reply::getId));
		Map<Long, Branch> branches = new LinkedHashMap<>();
		List<Branch> top = new ArrayList<>();
		for (Reply reply : ordered) {
			Branch branch = new Branch(reply, own.contains(reply.getId()));
			branches.put(reply.getId(), branch);
			Branch parent = (reply.getParentId() != null) ? branches.get(reply.getParentId()) : null;
			if (parent != null) {
				parent.children.add(branch);
			}
			else {
				top.add(branch);
			}
		}
		return top.stream().map((branch) -> node(branch, open)).toList();
	}

	ReplySection.Node node(Reply reply, boolean pending, boolean canReply, List<ReplySection.Node> children) {
		ZonedDateTime at = reply.getCreatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(this.site.timezone());
		return new ReplySection.Node(reply.getId(), reply.getAuthorName(), ReplyText.webUrl(reply.getAuthorUrl()),
				at.toOffsetDateTime().toString(), this.date.format(at) + " " + this.time.format(at),
				ReplyText.paragraphs(reply.getText()), pending, canReply, children);
	}

	private ReplySection.Node node(Branch branch, boolean open) {
		boolean canReply = open && !branch.own && branch.reply.getDepth() < this.properties.maxDepth();
		List<ReplySection.Node> children = branch.children.stream().map((child) -> node(child, open)).toList();
		return node(branch.reply, branch.own, canReply, children);
	}

	private static final class Branch {

		private final Reply reply;

		private final boolean own;

		private final List<Branch> children = new ArrayList<>();

		Branch(Reply reply, boolean own) {
			this.reply = reply;
			this.own = own;
		}

	}

}
