package org.iprassist.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * Resolves what a page or call is about: the plan of a province's year (by default the latest year
 * that has one) and a unit of that province. A unit of another province is unknown here, so a
 * regional admin of one province never reads another's units through a crafted URL.
 */
@Component
class Scope {

	private final Plans plans;

	private final UnitDirectory units;

	private final Clock clock;

	Scope(Plans plans, UnitDirectory units, Clock clock) {
		this.plans = plans;
		this.units = units;
		this.clock = clock;
	}

	/** The year asked for, or the latest year up to this one that has a plan. */
	int year(String province, Integer year) {
		return year(province, year, false);
	}

	/** The year asked for, or the latest year up to this one that has a published plan. */
	int publishedYear(String province, Integer year) {
		return year(province, year, true);
	}

	private int year(String province, Integer year, boolean published) {
		if (year != null) {
			return year;
		}
		int thisYear = LocalDate.now(clock).getYear();
		return plans.versions(province)
			.stream()
			.filter(plan -> !published || plan.published())
			.mapToInt(Plan::year)
			.filter(candidate -> candidate <= thisYear)
			.max()
			.orElse(thisYear);
	}

	Plan latest(String province, Integer year) {
		int resolved = year(province, year);
		return plans.latest(province, resolved)
			.orElseThrow(() -> new NotFoundException("appraisal.error.no-plan", province + " " + resolved));
	}

	Plan inForce(String province, Integer year) {
		int resolved = publishedYear(province, year);
		return plans.inForce(province, resolved)
			.orElseThrow(() -> new NotFoundException("appraisal.error.no-plan", province + " " + resolved));
	}

	UnitView unitOf(String province, String code) {
		return units.find(code)
			.filter(unit -> unit.provinceCode().equals(province))
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-unit", code));
	}

	UnitView unit(String code) {
		return units.find(code).orElseThrow(() -> new NotFoundException("appraisal.error.unknown-unit", code));
	}

	boolean inProvince(String province, String code) {
		return units.find(code).map(unit -> unit.provinceCode().equals(province)).orElse(false);
	}
}
