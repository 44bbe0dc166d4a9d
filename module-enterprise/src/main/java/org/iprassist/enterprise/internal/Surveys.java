package org.iprassist.enterprise.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The current unit's satisfaction surveys.
 */
interface Surveys extends JpaRepository<SurveyEntity, UUID> {

	Optional<SurveyEntity> findByTokenHash(String tokenHash);

	List<SurveyEntity> findByVisitIdOrderByCreatedAtDesc(UUID visitId);

	/**
	 * Answers a survey if it is still open: one conditional update, so two answers sent at once
	 * leave one (the other updates nothing).
	 * @return 1 if answered now, 0 if it was used or expired
	 */
	@Modifying
	@Query("""
			update SurveyEntity s set s.answeredAt = :now, s.score = :score, s.comment = :comment
			where s.id = :id and s.answeredAt is null and s.expiresAt > :now""")
	int answer(@Param("id") UUID id, @Param("score") int score, @Param("comment") String comment,
			@Param("now") LocalDateTime now);
}
