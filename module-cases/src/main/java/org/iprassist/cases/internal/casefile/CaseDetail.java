package org.iprassist.cases.internal.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Everything about one case that its page and the API show, personal data in clear: only members
 * of the unit (or the province's regional admins, reading) get here.
 */
public record CaseDetail(CaseSummary summary, String source, String applicantKind, String idNumber, String phone,
		String creditCode, boolean anonymous, String facts, String jurisdictionCity, String decisionReason,
		String decisionNote, String letterStatus, String letterText, String letterApprovedBy,
		LocalDateTime letterApprovedAt, UUID bureauId, String bureauName, LocalDateTime transferredAt,
		LocalDate receiptDueOn, String receiptToken, LocalDateTime receiptConfirmedAt, String receiptConfirmedBy,
		String filingResult, String bureauCaseNumber, String outcomeCode, String followUpNote,
		LocalDateTime closedAt) {
}
