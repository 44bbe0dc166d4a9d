package org.iprassist.cases.internal.complaints;

import java.time.LocalDate;

/**
 * What the bureau sees behind its one-time receipt link.
 */
public record ReceiptRequest(String caseNumber, String bureauName, LocalDate transferredOn, String unitName) {
}
