package org.broadsheet;

import org.broadsheet.article.ArticleRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class BroadsheetApplicationTests {

	@Autowired
	ArticleRepository articles;

	@Test
	void schemaFromMigrationsMatchesTheEntities() {
		assertThat(this.articles.count()).isGreaterThanOrEqualTo(0);
	}

}
