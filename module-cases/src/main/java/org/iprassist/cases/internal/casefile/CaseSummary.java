package org.iprassist.cases.internal.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.iprassist.cases.CaseType;

/**
 * A case as lists show it. Public so that templates can read it.
 *
 * @param applicantName the applicant or reporter, {@code null} for an anonymous complaint
 * @param receivedAt with {@code id}, the keyset cursor for the next page
 * @param overdue whether its due date (a receipt, a decision) has passed while it is open
 */
public record CaseSummary(UUID id, String caseNumber, CaseType caseType, String status, String rightType,
		String rightNumber, String applicantName, String counterparty, LocalDateTime receivedAt, LocalDate receivedOn,
		LocalDate dueOn, String handler, boolean overdue) {
}
