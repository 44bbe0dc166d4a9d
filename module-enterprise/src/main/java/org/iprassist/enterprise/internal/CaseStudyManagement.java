package org.iprassist.enterprise.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyForm;
import org.iprassist.enterprise.internal.CaseStudyForms.CaseStudyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the current unit's service case studies (典型服务案例) in its own schema: written from one
 * of its visits or a case, changed while a draft or returned, submitted to the regional centre.
 * The centre's decision is made here too, in this unit's schema, when the centre's
 * {@link CaseStudyReviewManagement} has switched to it.
 */
@Service
@Transactional
class CaseStudyManagement {

	private final CaseStudies studies;

	private final Visits visits;

	private final Clock clock;

	CaseStudyManagement(CaseStudies studies, Visits visits, Clock clock) {
		this.studies = studies;
		this.visits = visits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CaseStudyView> list() {
		String unit = EnterpriseRoles.currentUnit();
		return studies.findAllByOrderByCreatedAtDesc().stream().map(s -> s.toView(unit)).toList();
	}

	@Transactional(readOnly = true)
	CaseStudyView find(UUID id) {
		return load(id).toView(EnterpriseRoles.currentUnit());
	}

	CaseStudyView write(CaseStudyForm form, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		checkSource(form);
		return studies.save(new CaseStudyEntity(form, user.getUsername(), LocalDateTime.now(clock)))
			.toView(EnterpriseRoles.currentUnit());
	}

	CaseStudyView edit(UUID id, CaseStudyForm form, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		checkSource(form);
		CaseStudyEntity study = load(id);
		study.edit(form);
		return studies.save(study).toView(EnterpriseRoles.currentUnit());
	}

	CaseStudyView submit(UUID id, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		CaseStudyEntity study = load(id);
		study.submit(EnterpriseRoles.currentUnit(), clock);
		return studies.save(study).toView(EnterpriseRoles.currentUnit());
	}

	/** What the regional centre reviews of this unit: its submitted and decided studies. */
	@Transactional(readOnly = true)
	List<CaseStudyView> sentToCentre() {
		String unit = EnterpriseRoles.currentUnit();
		return studies
			.findByStatusInOrderBySubmittedAtDesc(
					EnumSet.of(CaseStudyStatus.SUBMITTED, CaseStudyStatus.ACCEPTED, CaseStudyStatus.RETURNED))
			.stream()
			.map(s -> s.toView(unit))
			.toList();
	}

	/** The centre's decision, in this unit's schema. */
	CaseStudyView review(UUID id, boolean accept, boolean makePublic, String comment, String reviewer) {
		CaseStudyEntity study = load(id);
		study.review(EnterpriseRoles.currentUnit(), accept, makePublic, comment, reviewer, clock);
		return studies.save(study).toView(EnterpriseRoles.currentUnit());
	}

	private void checkSource(CaseStudyForm form) {
		if (form.visitId() == null && (form.caseReference() == null || form.caseReference().isBlank())) {
			throw new BadRequestException("case-study.error.no-source");
		}
		if (form.visitId() != null && !visits.existsById(form.visitId())) {
			throw new BadRequestException("case-study.error.unknown-visit");
		}
	}

	private CaseStudyEntity load(UUID id) {
		return studies.findById(id).orElseThrow(() -> new NotFoundException("case-study.error.not-found", id));
	}
}
