package org.broadsheet.moderation;

import org.broadsheet.reply.ReplyStatus;
import org.broadsheet.web.PageCache;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PublicPageRefreshTests {

	@Test
	void everyModerationDecisionForgetsTheCachedReaderPages() {
		PageCache cache = mock(PageCache.class);
		new PublicPageRefresh(cache)
			.onReplyModerated(new ReplyModerated(1, 2, ModerationAction.APPROVE, ReplyStatus.APPROVED));
		verify(cache).evictAll();
	}

}
