package org.iprassist.cases.internal.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The case number series of the current unit. A number is taken by incrementing the series' row in
 * place, which locks the row until the transaction ends, so two handlers never get the same number
 * (portable: Hibernate's {@code for update of} is not MariaDB syntax).
 */
interface CaseSequences extends JpaRepository<CaseSequenceEntity, String> {

	@Modifying(flushAutomatically = true)
	@Query("update CaseSequenceEntity s set s.lastValue = s.lastValue + 1 where s.name = ?1")
	int increment(String name);

	@Query("select s.lastValue from CaseSequenceEntity s where s.name = ?1")
	Optional<Long> valueOf(String name);
}
