package org.iprassist.cases.internal.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The cases of the current unit.
 */
public interface Cases extends JpaRepository<CaseEntity, UUID>, JpaSpecificationExecutor<CaseEntity> {

	Optional<CaseEntity> findByCaseNumber(String caseNumber);

	Optional<CaseEntity> findByReceiptToken(String receiptToken);

	/**
	 * Cases in which one of the given parties stands on the other side: the applicant of this case
	 * is another case's counterparty, or this case's counterparty applied elsewhere.
	 */
	@Query("""
			select c from CaseEntity c where c.id <> ?1
			and ((?2 is not null and c.counterpartyKey = ?2) or (?3 is not null and c.applicantKey = ?3))
			order by c.receivedAt desc""")
	List<CaseEntity> opposing(UUID caseId, String applicantKey, String counterpartyKey);

	/**
	 * Open cases of a handler, and those nobody has taken yet (applications from the public form),
	 * soonest due first.
	 */
	@Query("""
			select c from CaseEntity c where (c.handler = ?1 or c.handler is null)
			and c.status not in (org.iprassist.cases.CaseStatus.CLOSED,
			  org.iprassist.cases.CaseStatus.REJECTED)
			order by c.dueOn asc nulls last, c.receivedAt asc""")
	List<CaseEntity> openOf(String handler);
}
