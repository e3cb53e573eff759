package org.broadsheet.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings under {@code broadsheet.search.*}.
 *
 * @param indexDir the directory of the Lucene index; blank keeps the index in memory
 * (tests), so it is rebuilt from the database at every start
 * @param pageSize results on one page of search results
 */
@Validated
@ConfigurationProperties("broadsheet.search")
record SearchProperties(@DefaultValue("data/search-index") String indexDir,
		@DefaultValue("10") @Min(1) @Max(100) int pageSize) {

	boolean inMemory() {
		return this.indexDir == null || this.indexDir.isBlank();
	}

}
