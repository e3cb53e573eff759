package org.broadsheet.reply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.article.Article;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replies section of a story page. A reader without reply cookies gets the same
 * section as everyone (cacheable); a reader with them also gets their details prefilled
 * and their own replies awaiting moderation, and the section is marked personal.
 */
@Service
public class ReplySections {

	private static final List<ReplyStatus> OWN_UNPUBLISHED = List.of(ReplyStatus.PENDING, ReplyStatus.SPAM);

	private final ReplyRepository replies;

	private final ReplyThreads threads;

	private final ReaderCookies cookies;

	private final ReplyPageSupport support;

	ReplySections(ReplyRepository replies, ReplyThreads threads, ReaderCookies cookies, ReplyPageSupport support) {
		this.replies = replies;
		this.threads = threads;
		this.cookies = cookies;
		this.support = support;
	}

	/** The section for a public story, as this reader may see it. */
	@Transactional(readOnly = true)
	public ReplySection forArticle(Article article, HttpServletRequest request) {
		List<Reply> approved = this.replies.findApproved(article.getId());
		List<Reply> shown = approved;
		Set<Long> own = Set.of();
		List<Long> pendingIds = this.cookies.pendingIds(request);
		if (!pendingIds.isEmpty()) {
			List<Reply> mine = this.replies.findOwn(article.getId(), pendingIds, OWN_UNPUBLISHED);
			if (!mine.isEmpty()) {
				shown = new ArrayList<>(approved);
				shown.addAll(mine);
				own = new HashSet<>(mine.stream().map(Reply::getId).toList());
			}
		}
		boolean open = this.support.isOpen(article);
		ReplySection.Form form = this.support.blankForm(request, null, null);
		return new ReplySection(article.getSlug(), open, approved.size(), this.threads.thread(shown, own, open), form,
				this.support.token(article, request), this.cookies.hasAny(request),
				request.getParameter("reported") != null);
	}

	/** The counts of approved replies of these stories, in one query (for lists). */
	@Transactional(readOnly = true)
	public Map<Long, Long> approvedCounts(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.replies.countApproved(articleIds)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

}
