package org.iprassist.cases.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Size;

import org.iprassist.cases.CaseType;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a case list is narrowed by: type, status, a fragment of a party's name, a fragment of the
 * right number and a range of receipt dates. Lists are paged by keyset ({@code afterAt},
 * {@code afterId}: the last row of the previous page), never by offset; the cursor condition is
 * written {@code received_at <= ? and (received_at < ? or id < ?)} so that its first half bounds a
 * range of the list index.
 */
public record CaseFilter(CaseType type, CaseStatus status, @Size(max = 100) String party,
		@Size(max = 40) String rightNumber, LocalDate from, LocalDate to, LocalDateTime afterAt, UUID afterId) {

	static CaseFilter of(CaseType type) {
		return new CaseFilter(type, null, null, null, null, null, null, null);
	}

	Specification<CaseEntity> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (type != null) {
				where.add(cb.equal(root.get("caseType"), type));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (party != null && !party.isBlank()) {
				String like = "%" + escape(party.strip()) + "%";
				where.add(cb.or(cb.like(root.get("applicantName"), like, '\\'),
						cb.like(root.get("counterparty"), like, '\\')));
			}
			if (rightNumber != null && !rightNumber.isBlank()) {
				String like = "%" + escape(PatentNumbers.normalise(rightNumber)) + "%";
				where.add(cb.like(cb.upper(root.get("rightNumber")), like.toUpperCase(Locale.ROOT), '\\'));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), from));
			}
			if (to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), to));
			}
			if (afterAt != null && afterId != null) {
				where.add(cb.lessThanOrEqualTo(root.get("receivedAt"), afterAt));
				where.add(cb.or(cb.lessThan(root.get("receivedAt"), afterAt), cb.lessThan(root.get("id"), afterId)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String fragment) {
		return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
