package org.broadsheet.reply;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.article.Article;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds replies to the reader pages without the article package depending on this one
 * (which would make a cycle): the story page ({@code articles/show}) gets its
 * {@link ReplySection} as {@code replies}; any page listing stories gets
 * {@code replyCounts} (story id → approved replies) from one grouped query.
 * <p>
 * It also sets the cache headers of every page showing a reply section: personal pages
 * (the reader's reply cookies, or a form they posted) are {@code private, no-store}; the
 * shared page may be kept by a CDN for a minute and is revalidated by browsers, so a
 * poster coming back from the form never sees a stale copy. A {@code Cache-Control}
 * already set for a shared page is kept.
 */
@Configuration(proxyBeanMethods = false)
class ReplyPageModel implements WebMvcConfigurer, HandlerInterceptor {

	static final String STORY_VIEW = "articles/show";

	static final String PERSONAL = "private, no-store";

	static final String SHARED = "public, max-age=0, s-maxage=60";

	private final ObjectProvider<ReplySections> sections;

	ReplyPageModel(ObjectProvider<ReplySections> sections) {
		this.sections = sections;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		ReplySections sections = this.sections.getIfAvailable();
		if (sections == null || page == null || !page.hasView() || page.getView() != null) {
			return;
		}
		Map<String, Object> model = page.getModel();
		if (STORY_VIEW.equals(page.getViewName()) && model.get("article") instanceof Article article
				&& !model.containsKey("replies")) {
			page.addObject("replies", sections.forArticle(article, request));
		}
		Set<Long> listed = listedStories(model);
		if (!listed.isEmpty() && !model.containsKey("replyCounts")) {
			page.addObject("replyCounts", sections.approvedCounts(listed));
		}
		if (model.get("replies") instanceof ReplySection section) {
			cacheHeaders(section, request, response);
		}
	}

	private static void cacheHeaders(ReplySection section, HttpServletRequest request, HttpServletResponse response) {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (section.personal() || !read) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
		}
		else if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, SHARED);
		}
		response.addHeader(HttpHeaders.VARY, "Cookie");
	}

	/**
	 * The ids of the stories a page shows: stories in the model directly, in pages and
	 * collections, and in this application's records (such as a desk block), a few levels
	 * deep.
	 */
	private static Set<Long> listedStories(Map<String, Object> model) {
		Set<Long> ids = new LinkedHashSet<>();
		model.values().forEach((value) -> collect(value, ids, 0));
		return ids;
	}

	private static void collect(Object value, Set<Long> ids, int depth) {
		if (value == null || depth > 3) {
			return;
		}
		if (value instanceof Article story) {
			if (story.getId() != null) {
				ids.add(story.getId());
			}
		}
		else if (value instanceof Page<?> page) {
			collect(page.getContent(), ids, depth + 1);
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((element) -> collect(element, ids, depth + 1));
		}
		else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("org.broadsheet")) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					collect(accessor.invoke(value), ids, depth + 1);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					// not readable: nothing to count
				}
			}
		}
	}

}
