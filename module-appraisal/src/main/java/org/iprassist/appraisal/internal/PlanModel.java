package org.iprassist.appraisal.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The work plan as data, as pages and the API see it. Public records: Thymeleaf's SpEL cannot
 * call package-private accessors.
 */
final class PlanModel {

	private PlanModel() {
	}

	/** A province's plan for one year, in one version; published versions are never edited. */
	public record Plan(String id, String provinceCode, int year, int version, String status, String title,
			int excellentFrom, int goodFrom, int passFrom, LocalDateTime publishedAt) {

		public boolean published() {
			return "PUBLISHED".equals(status);
		}
	}

	/** A row of the plan table, in the seed's column order, with its targets. */
	public record WorkItem(String id, int seq, String category, String title, String content, String quantityText,
			String scheduleText, String responsibleText, List<Target> targets) {
	}

	/**
	 * What a work item asks of units.
	 *
	 * @param kind COUNT, FREQUENCY (per month, {@code minimum}–{@code maximum}), COVERAGE (at least
	 * one in each quarter, {@code minimum} in the year) or MILESTONE (a deliverable proven by an
	 * accepted upload)
	 * @param scope UNIT_TYPE (each unit of {@code unitType}), UNITS (each of {@code unitCodes}) or
	 * PROVINCE (all units together, shown on the regional centre's row)
	 * @param minimum the figure to reach; {@code null} means the plan only tracks it ("按实际情况")
	 */
	public record Target(String id, String itemId, int seq, String kind, String eventType, String scope,
			String unitType, List<String> unitCodes, Integer minimum, Integer maximum, LocalDate startsOn,
			LocalDate dueOn, String label) {

		public boolean tracked() {
			return minimum == null && !"MILESTONE".equals(kind);
		}

		public String scopeText() {
			return switch (scope) {
				case "UNIT_TYPE" -> unitType;
				case "UNITS" -> String.join(", ", unitCodes);
				default -> "PROVINCE";
			};
		}
	}
}
