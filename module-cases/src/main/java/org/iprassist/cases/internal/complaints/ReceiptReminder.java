package org.iprassist.cases.internal.complaints;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A transferred complaint whose bureau receipt is overdue, as its handler's inbox shows it until the
 * receipt arrives.
 */
public record ReceiptReminder(UUID caseId, String caseNumber, String bureauName, LocalDate receiptDueOn,
		LocalDate overdueOn) {
}
