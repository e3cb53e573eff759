package org.broadsheet.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BlockedPosterRepository extends JpaRepository<BlockedPoster, Long> {

	boolean existsByKindAndValueHash(BlockedPoster.Kind kind, String valueHash);

	List<BlockedPoster> findAllByOrderByCreatedAtDescIdDesc();

}
