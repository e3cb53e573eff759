package org.broadsheet.editorial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByArticleIdOrderByIdDesc(long articleId);

	Optional<Revision> findFirstByArticleIdOrderByIdAsc(long articleId);

	Optional<Revision> findByIdAndArticleId(long id, long articleId);

}
