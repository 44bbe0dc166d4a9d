package org.iprassist.cases.internal.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;

/**
 * What a case list is narrowed by: type, status, a fragment of a party's name, a fragment of the
 * right number and a range of receipt dates. Lists are paged by keyset ({@code afterAt},
 * {@code afterId}: the last row of the previous page), never by offset; {@link CaseLists} writes the
 * cursor condition {@code received_at <= ? and (received_at < ? or id < ?)} so that its first half
 * bounds a range of the index it walks.
 */
public record CaseFilter(CaseType type, CaseStatus status, @Size(max = 100) String party,
		@Size(max = 40) String rightNumber, LocalDate from, LocalDate to, LocalDateTime afterAt, UUID afterId) {

	/**
	 * @return the party fragment searched for, stripped; {@code null} when there is none
	 */
	String partyFragment() {
		return party == null || party.isBlank() ? null : party.strip();
	}

	/**
	 * @return the right-number fragment searched for, {@link PatentNumbers#normalise normalised};
	 *         {@code null} when there is none
	 */
	String rightNumberFragment() {
		String normalised = PatentNumbers.normalise(rightNumber);
		return normalised.isEmpty() ? null : normalised;
	}
}
