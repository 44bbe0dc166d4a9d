package org.iprassist.documents.internal;

/**
 * A document number as assigned: the text printed (from the pattern), and the year and sequence it
 * was counted under, which the unique key on {@code issued_document} guards.
 */
record DocumentNumber(String text, int year, int sequence) {
}
