package org.iprassist.cases.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The case number series of the current unit.
 */
interface CaseSequences extends JpaRepository<CaseSequenceEntity, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CaseSequenceEntity s where s.name = ?1")
	Optional<CaseSequenceEntity> lockByName(String name);
}
