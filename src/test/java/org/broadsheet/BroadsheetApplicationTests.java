package org.broadsheet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class BroadsheetApplicationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	EntityManager entityManager;

	@Test
	void everyMigrationIsAppliedAndNoneIsPending() {
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty()
			.allSatisfy((MigrationInfo migration) -> assertThat(migration.getState().isFailed()).isFalse());
	}

	@Test
	@Transactional
	void everyEntityReadsBackFromTheTablesTheMigrationsMade() {
		assertThat(this.entityManager.getMetamodel().getEntities()).hasSizeGreaterThan(5);
		for (EntityType<?> entity : this.entityManager.getMetamodel().getEntities()) {
			assertThat(this.entityManager.createQuery("select e from " + entity.getName() + " e")
				.setMaxResults(1)
				.getResultList()).as(entity.getName()).isNotNull();
		}
	}

}
