package org.broadsheet.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings under {@code broadsheet.search.*}.
 *
 * @param indexDir the directory of the Lucene index; blank keeps the index in memory
 * (tests), so it is rebuilt from the database at every start
 * @param pageSize results on one page of search results
 */
@ConfigurationProperties("broadsheet.search")
record SearchProperties(@DefaultValue("data/search-index") String indexDir, @DefaultValue("10") int pageSize) {

	boolean inMemory() {
		return this.indexDir == null || this.indexDir.isBlank();
	}

}
