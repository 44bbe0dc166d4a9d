package org.iprassist.experts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.iprassist.core.web.BadRequestException;
import org.iprassist.experts.RightType;
import org.springframework.data.jpa.domain.Specification;

/**
 * The pool search's filters, all optional: right type, technical field (prefix of an IPC or
 * Locarno code), qualification, status and free text over name and employer.
 */
public record ExpertQuery(RightType rightType, String field, String qualification, String status, String text) {

	static ExpertQuery none() {
		return new ExpertQuery(null, null, null, null, null);
	}

	Specification<ExpertEntity> toSpecification() {
		ExpertStatus wanted = statusOrNull();
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(wanted == null ? root.get("status").in(ExpertStatus.IN_POOL) : cb.equal(root.get("status"), wanted));
			if (rightType != null) {
				predicates.add(cb.like(root.get("rightTypes"), "%" + rightType.name() + "%"));
			}
			if (present(field)) {
				predicates.add(cb.like(root.get("technicalFields"), "%" + escape(field.strip().toUpperCase(Locale.ROOT)) + "%", '\\'));
			}
			if (present(qualification)) {
				predicates.add(cb.like(root.get("qualifications"), "%" + escape(qualification.strip()) + "%", '\\'));
			}
			if (present(text)) {
				String pattern = "%" + escape(text.strip()) + "%";
				predicates.add(cb.or(cb.like(root.get("name"), pattern, '\\'), cb.like(root.get("employer"), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private ExpertStatus statusOrNull() {
		if (!present(status)) {
			return null;
		}
		try {
			ExpertStatus wanted = ExpertStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			if (ExpertStatus.IN_POOL.contains(wanted)) {
				return wanted;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the same answer as a status outside the pool
		}
		throw new BadRequestException("expert.status.unknown", status);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
