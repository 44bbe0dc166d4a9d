package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Files attached to recommendations and consultation answers.
 */
interface ExpertFiles extends JpaRepository<ExpertFileEntity, UUID> {

	List<ExpertFileEntity> findByOwnerIdOrderByUploadedAtAsc(UUID ownerId);
}
