package org.iprassist.enterprise.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.internal.EnterpriseForms.PlanView;
import org.iprassist.enterprise.internal.EnterpriseForms.Review;
import org.iprassist.enterprise.internal.EnterpriseForms.UnitPlanSummary;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The regional centre's view of its province's visit plans: each unit's plan stays in the unit's
 * own schema, and the centre reads and reviews it there through {@link TenantWork}, one unit at a
 * time, with the unit's own {@link VisitManagement}. No transaction is open here, so each switch
 * starts its own in the unit.
 */
@Service
class PlanReviewManagement {

	private final UnitDirectory units;

	private final TenantWork tenantWork;

	private final VisitManagement visits;

	PlanReviewManagement(UnitDirectory units, TenantWork tenantWork, VisitManagement visits) {
		this.units = units;
		this.tenantWork = tenantWork;
		this.visits = visits;
	}

	/** Every unit of the province but the centre, with its plan for the year against its visits. */
	List<UnitPlanSummary> overview(int year, IprUser user) {
		UnitView centre = requireCentre(user);
		return units.ofProvince(centre.provinceCode())
			.stream()
			.filter(unit -> !unit.code().equals(centre.code()) && unit.ready())
			.map(unit -> summary(unit, year))
			.toList();
	}

	/** One unit's plan for the year, as the centre reviews it. */
	PlanView plan(String unitCode, int year, IprUser user) {
		UnitView unit = unitOfProvince(requireCentre(user), unitCode);
		return tenantWork.unit(unit.code()).read(() -> visits.plan(year));
	}

	PlanView review(Review review, IprUser user) {
		UnitView centre = requireCentre(user);
		UnitView unit = unitOfProvince(centre, review.unitCode());
		String reviewer = user.getUsername() + "@" + centre.code();
		return tenantWork.unit(unit.code())
			.write(() -> visits.review(review.year(), review.accept(), review.comment(), reviewer));
	}

	private UnitPlanSummary summary(UnitView unit, int year) {
		Optional<PlanView> plan = tenantWork.findUnit(unit.code()).map(scope -> scope.read(() -> visits.planIfAny(year)));
		return plan.map(p -> new UnitPlanSummary(unit.code(), unit.name(), p.status(), p.enterprises().size(),
				p.visited(), p.visitsInYear(), p.submittedAt(), p.reviewComment()))
			.orElseGet(() -> new UnitPlanSummary(unit.code(), unit.name(), null, 0, 0, 0, (LocalDateTime) null, null));
	}

	/**
	 * @return the current unit, which must be its province's regional centre, where the user works
	 *         (or which the user oversees as a regional admin)
	 */
	private UnitView requireCentre(IprUser user) {
		String current = EnterpriseRoles.currentUnit();
		UnitView centre = units.find(current).orElseThrow(() -> new NotFoundException("error.unit.not-found", current));
		if (centre.type() != UnitType.REGIONAL_CENTRE || !(EnterpriseRoles.worksIn(user, current)
				|| user.regionalProvinces().contains(centre.provinceCode()))) {
			throw new AccessDeniedException("Only the regional centre reviews visit plans");
		}
		return centre;
	}

	private UnitView unitOfProvince(UnitView centre, String unitCode) {
		return units.find(unitCode)
			.filter(unit -> unit.provinceCode().equals(centre.provinceCode()) && !unit.code().equals(centre.code()))
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", String.valueOf(unitCode)));
	}
}
