package org.iprassist.experts.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.experts.ConsultationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The consultations of a province, in the regional centre's schema.
 */
interface Consultations extends JpaRepository<ConsultationEntity, UUID> {

	List<ConsultationEntity> findByUnitCodeAndMatterReferenceOrderByRequestedAtDesc(String unitCode,
			String matterReference);

	Page<ConsultationEntity> findByUnitCodeOrderByRequestedAtDesc(String unitCode, Pageable pageable);

	List<ConsultationEntity> findByExpertIdOrderByRequestedAtDesc(UUID expertId);

	/** Open consultations per expert: the load matching weighs. */
	@Query("select c.expertId, count(c) from ConsultationEntity c where c.status = :status group by c.expertId")
	List<Object[]> countByExpert(ConsultationStatus status);

	@Query("""
			select count(c), avg(c.rating) from ConsultationEntity c where c.expertId = :expertId
			and c.status = org.iprassist.experts.ConsultationStatus.ANSWERED
			and c.respondedAt >= :from and c.respondedAt < :to""")
	List<Object[]> servicesBetween(UUID expertId, LocalDateTime from, LocalDateTime to);

	@Query("select avg(c.rating) from ConsultationEntity c where c.expertId = :expertId and c.rating is not null")
	Double averageRating(UUID expertId);
}
