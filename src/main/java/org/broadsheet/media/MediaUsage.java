package org.broadsheet.media;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories that show a picture: as their lead image, or in their body at its plain
 * address or any of its width variants. Drafts count; removed stories do not.
 */
@Component
class MediaUsage {

	private final EntityManager entityManager;

	MediaUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The stories using a picture.
	 * @param url its plain address, e.g. {@code /media/world/photo.jpg}
	 * @param type its type, which names its variants
	 * @return slug and title of each, by title
	 */
	@Transactional(readOnly = true)
	List<StoryRef> storiesUsing(String url, ImageType type) {
		int dot = url.lastIndexOf('.');
		String stem = (dot > url.lastIndexOf('/')) ? url.substring(0, dot) : url;
		Pattern variant = Pattern
			.compile(Pattern.quote(stem) + "\\.[0-9]{1,5}w\\.[0-9a-f]{16}\\." + type.extension() + "\"");
		List<Object[]> rows = this.entityManager
			.createQuery("select a.slug, a.title, a.image.url, a.html from Article a where a.removed = false "
					+ "and (a.image.url = :url or a.html like :stem) order by a.title", Object[].class)
			.setParameter("url", url)
			.setParameter("stem", "%" + stem.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%")
			.getResultList();
		return rows.stream()
			.filter((row) -> url.equals(row[2]) || ((String) row[3]).contains("\"" + url + "\"")
					|| variant.matcher((String) row[3]).find())
			.map((row) -> new StoryRef((String) row[0], (String) row[1]))
			.toList();
	}

	/** A story by its address and title. */
	record StoryRef(String slug, String title) {

	}

}
