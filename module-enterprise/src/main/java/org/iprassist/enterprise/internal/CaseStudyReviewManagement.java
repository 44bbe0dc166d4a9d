package org.iprassist.enterprise.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyReview;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyView;
import org.iprassist.enterprise.internal.CaseStudyForms.PublicCaseStudy;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The regional centre's side of service case studies: it reads each unit's submitted studies in
 * the unit's schema and records its decision there through {@link TenantWork}; an accepted study
 * made public is then copied into the centre's own schema ({@link PublicCaseStudyQueries}) for the
 * province's public page. The two writes are separate transactions in separate schemas: the copy
 * is idempotent, so a review that failed after the first is finished by publishing again.
 */
@Service
class CaseStudyReviewManagement {

	private final UnitDirectory units;

	private final TenantWork tenantWork;

	private final CaseStudyManagement studies;

	private final PublicCaseStudyQueries publicStudies;

	private final Clock clock;

	CaseStudyReviewManagement(UnitDirectory units, TenantWork tenantWork, CaseStudyManagement studies,
			PublicCaseStudyQueries publicStudies, Clock clock) {
		this.units = units;
		this.tenantWork = tenantWork;
		this.studies = studies;
		this.publicStudies = publicStudies;
		this.clock = clock;
	}

	/** Every study the province's units sent to the centre, newest first per unit. */
	List<CaseStudyView> submitted(IprUser user) {
		UnitView centre = requireCentre(user);
		List<CaseStudyView> all = new ArrayList<>();
		for (UnitView unit : units.ofProvince(centre.provinceCode())) {
			if (!unit.code().equals(centre.code()) && unit.ready()) {
				tenantWork.findUnit(unit.code()).ifPresent(scope -> all.addAll(scope.read(studies::sentToCentre)));
			}
		}
		return all;
	}

	/** The names of the province's units by code, for pages that list studies of several units. */
	Map<String, String> unitNames(IprUser user) {
		UnitView centre = requireCentre(user);
		return units.ofProvince(centre.provinceCode())
			.stream()
			.collect(Collectors.toMap(UnitView::code, UnitView::name, (a, b) -> a));
	}

	CaseStudyView study(String unitCode, UUID id, IprUser user) {
		UnitView unit = unitOf(requireCentre(user), unitCode);
		return tenantWork.unit(unit.code()).read(() -> studies.find(id));
	}

	CaseStudyView review(CaseStudyReview review, IprUser user) {
		UnitView centre = requireCentre(user);
		UnitView unit = unitOf(centre, review.unitCode());
		boolean makePublic = Boolean.TRUE.equals(review.makePublic());
		CaseStudyView decided = tenantWork.unit(unit.code())
			.write(() -> studies.review(review.caseStudyId(), review.accept(), makePublic, review.comment(),
					user.getUsername() + "@" + centre.code()));
		if (decided.published()) {
			tenantWork.unit(centre.code()).write(() -> publicStudies.publish(decided, unit.name(), LocalDateTime.now(clock)));
		}
		return decided;
	}

	/** The province's public typical cases; 404 for a province without a ready regional centre. */
	List<PublicCaseStudy> publicCaseStudies(String province) {
		return tenantWork.centreOf(province).read(publicStudies::list);
	}

	Optional<PublicCaseStudy> publicCaseStudy(String province, UUID id) {
		return tenantWork.centreOf(province).read(() -> publicStudies.find(id));
	}

	private UnitView requireCentre(IprUser user) {
		String current = EnterpriseRoles.currentUnit();
		UnitView centre = units.find(current).orElseThrow(() -> new NotFoundException("error.unit.not-found", current));
		if (centre.type() != UnitType.REGIONAL_CENTRE || !(EnterpriseRoles.worksIn(user, current)
				|| user.regionalProvinces().contains(centre.provinceCode()))) {
			throw new AccessDeniedException("Only the regional centre reviews case studies");
		}
		return centre;
	}

	private UnitView unitOf(UnitView centre, String unitCode) {
		return units.find(unitCode)
			.filter(unit -> unit.provinceCode().equals(centre.provinceCode()) && !unit.code().equals(centre.code()))
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", String.valueOf(unitCode)));
	}
}
