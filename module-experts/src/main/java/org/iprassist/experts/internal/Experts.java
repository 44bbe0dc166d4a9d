package org.iprassist.experts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The expert pool of the regional centre's schema.
 */
interface Experts extends JpaRepository<ExpertEntity, UUID>, JpaSpecificationExecutor<ExpertEntity> {

	Optional<ExpertEntity> findByIdNumberIndex(String idNumberIndex);

	Optional<ExpertEntity> findByAccountUsername(String accountUsername);

	List<ExpertEntity> findByRecommendedByOrderByCreatedAtDesc(String recommendedBy);

	List<ExpertEntity> findByStatusOrderByCreatedAtAsc(ExpertStatus status);

	List<ExpertEntity> findByIdIn(List<UUID> ids);

	/**
	 * What matching needs of every active expert with a right type ({@code %PATENT%}, or {@code %}
	 * for any), and nothing more.
	 */
	@Query("""
			select new org.iprassist.experts.internal.MatchRow(e.id, e.name, e.title, e.employer, e.rightTypes,
			e.technicalFields, e.conflictKeys, e.rating) from ExpertEntity e
			where e.status = :status and e.rightTypes like :rightTypePattern""")
	List<MatchRow> matchRows(ExpertStatus status, String rightTypePattern);
}
