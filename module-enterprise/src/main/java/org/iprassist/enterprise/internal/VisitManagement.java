package org.iprassist.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedForm;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedView;
import org.iprassist.enterprise.internal.EnterpriseForms.PlanView;
import org.iprassist.enterprise.internal.EnterpriseForms.PlannedEnterprise;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitForm;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitView;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the current unit's visit plans, visits and the needs raised on them, in its own schema.
 * The plan and the visit publish their own events ({@code VisitPlanSubmitted}, {@code VisitMade})
 * when saved.
 */
@Service
@Transactional
class VisitManagement {

	private final VisitPlans plans;

	private final Visits visits;

	private final Needs needs;

	private final Enterprises enterprises;

	private final Clock clock;

	VisitManagement(VisitPlans plans, Visits visits, Needs needs, Enterprises enterprises, Clock clock) {
		this.plans = plans;
		this.visits = visits;
		this.needs = needs;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	/** The year's plan; an empty draft when the unit has not started one. */
	@Transactional(readOnly = true)
	PlanView plan(int year) {
		checkYear(year);
		return view(plans.findByPlanYear(year).orElseGet(() -> new VisitPlanEntity(year)));
	}

	PlanView savePlan(int year, Collection<UUID> enterpriseIds, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		List<UUID> known = enterprises.findAllById(new HashSet<>(enterpriseIds)).stream().map(EnterpriseEntity::id).toList();
		if (known.size() != new HashSet<>(enterpriseIds).size()) {
			throw new BadRequestException("visit-plan.error.unknown-enterprise");
		}
		VisitPlanEntity plan = plans.findByPlanYear(year).orElseGet(() -> new VisitPlanEntity(year));
		plan.plan(enterpriseIds);
		return view(plans.save(plan));
	}

	PlanView submitPlan(int year, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		VisitPlanEntity plan = plans.findByPlanYear(year)
			.orElseThrow(() -> new BadRequestException("visit-plan.error.empty"));
		plan.submit(EnterpriseRoles.currentUnit(), user.getUsername(), clock);
		return view(plans.save(plan));
	}

	/** The regional centre's decision, made in this unit's schema (the caller has switched to it). */
	PlanView review(int year, boolean accept, String comment, String reviewer) {
		VisitPlanEntity plan = plans.findByPlanYear(year)
			.orElseThrow(() -> new NotFoundException("visit-plan.error.not-found", year));
		plan.review(accept, comment, reviewer, LocalDateTime.now(clock));
		return view(plans.save(plan));
	}

	VisitView record(VisitForm form, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		EnterpriseEntity enterprise = enterprises.findById(form.enterpriseId())
			.orElseThrow(() -> new BadRequestException("visit.error.unknown-enterprise"));
		if (form.visitedOn().isAfter(LocalDate.now(clock))) {
			throw new BadRequestException("visit.error.future");
		}
		VisitEntity visit = visits.save(new VisitEntity(EnterpriseRoles.currentUnit(), enterprise, form,
				user.getUsername(), LocalDateTime.now(clock)));
		if (form.needs() != null) {
			form.needs().forEach(need -> needs.save(new NeedEntity(visit.id(), enterprise.id(), need)));
		}
		return view(visit, Map.of(enterprise.id(), enterprise.name()));
	}

	@Transactional(readOnly = true)
	List<VisitView> visits(int year) {
		checkYear(year);
		List<VisitEntity> found = visits.findByVisitedOnBetweenOrderByVisitedOnDesc(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		return views(found);
	}

	@Transactional(readOnly = true)
	List<VisitView> ofEnterprise(UUID enterpriseId) {
		return views(visits.findByEnterpriseIdOrderByVisitedOnDesc(enterpriseId));
	}

	@Transactional(readOnly = true)
	VisitView visit(UUID visitId) {
		return views(List.of(find(visitId))).get(0);
	}

	NeedView addNeed(UUID visitId, NeedForm form, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		VisitEntity visit = find(visitId);
		NeedEntity need = needs.save(new NeedEntity(visit.id(), visit.enterpriseId(), form));
		return need.toView(names(List.of(visit.enterpriseId())).get(visit.enterpriseId()), LocalDate.now(clock));
	}

	/** The visit a need was raised on; 404 for a need this unit does not have. */
	@Transactional(readOnly = true)
	UUID visitOfNeed(UUID needId) {
		return findNeed(needId).visitId();
	}

	NeedView answer(UUID needId, String answer, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		NeedEntity need = findNeed(needId);
		need.answer(answer, user.getUsername(), LocalDateTime.now(clock));
		return needView(flush(need));
	}

	NeedView close(UUID needId, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		NeedEntity need = findNeed(needId);
		need.close(LocalDateTime.now(clock));
		return needView(flush(need));
	}

	/** The needs not yet closed, the earliest due first. */
	@Transactional(readOnly = true)
	List<NeedView> openNeeds() {
		List<NeedEntity> open = needs.findByStatusNotOrderByDueOnAsc(NeedStatus.CLOSED);
		Map<UUID, String> names = names(open.stream().map(NeedEntity::enterpriseId).toList());
		LocalDate today = LocalDate.now(clock);
		return open.stream().map(n -> n.toView(names.get(n.enterpriseId()), today)).toList();
	}

	/** Follow-up visits due from today on, the earliest first. */
	@Transactional(readOnly = true)
	List<VisitView> followUps() {
		return views(visits.findByFollowUpOnGreaterThanEqualOrderByFollowUpOnAsc(LocalDate.now(clock)));
	}

	@Transactional(readOnly = true)
	String enterpriseName(UUID enterpriseId) {
		return enterprises.findById(enterpriseId).map(EnterpriseEntity::name).orElse("");
	}

	/** What the regional centre reads of this unit's plan: counts only, read in this unit's schema. */
	@Transactional(readOnly = true)
	PlanView planIfAny(int year) {
		checkYear(year);
		return plans.findByPlanYear(year).map(this::view).orElse(null);
	}

	private PlanView view(VisitPlanEntity plan) {
		int year = plan.planYear();
		List<VisitEntity> inYear = visits.findByVisitedOnBetweenOrderByVisitedOnDesc(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		Map<UUID, Long> perEnterprise = inYear.stream()
			.collect(Collectors.groupingBy(VisitEntity::enterpriseId, Collectors.counting()));
		List<PlannedEnterprise> planned = enterprises.findAllById(plan.enterpriseIds())
			.stream()
			.map(e -> new PlannedEnterprise(e.id(), e.name(), e.creditCode(), perEnterprise.getOrDefault(e.id(), 0L)))
			.sorted(Comparator.comparing(PlannedEnterprise::name))
			.toList();
		return new PlanView(plan.id(), year, plan.status(), plan.submittedAt(), plan.submittedBy(),
				plan.reviewComment(), plan.reviewedBy(), planned, inYear.size(), plan.version());
	}

	private List<VisitView> views(List<VisitEntity> found) {
		Map<UUID, String> names = names(found.stream().map(VisitEntity::enterpriseId).toList());
		Map<UUID, List<NeedEntity>> byVisit = found.isEmpty() ? Map.of()
				: needs.findByVisitIdIn(found.stream().map(VisitEntity::id).toList())
					.stream()
					.collect(Collectors.groupingBy(NeedEntity::visitId));
		LocalDate today = LocalDate.now(clock);
		return found.stream()
			.map(v -> new VisitView(v.id(), v.enterpriseId(), names.get(v.enterpriseId()), v.visitedOn(), v.staff(),
					v.services(), v.notes(), v.recordedBy(), v.followUpOn(), byVisit.getOrDefault(v.id(), List.of())
						.stream()
						.map(n -> n.toView(names.get(v.enterpriseId()), today))
						.toList()))
			.toList();
	}

	private VisitView view(VisitEntity visit, Map<UUID, String> names) {
		return new VisitView(visit.id(), visit.enterpriseId(), names.get(visit.enterpriseId()), visit.visitedOn(),
				visit.staff(), visit.services(), visit.notes(), visit.recordedBy(), visit.followUpOn(),
				needs.findByVisitIdIn(List.of(visit.id()))
					.stream()
					.map(n -> n.toView(names.get(visit.enterpriseId()), LocalDate.now(clock)))
					.toList());
	}

	/** Two people answering one need at once: the later one gets a 409, not a 500. */
	private NeedEntity flush(NeedEntity need) {
		try {
			return needs.saveAndFlush(need);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ConflictException("need.error.concurrent");
		}
	}

	private NeedView needView(NeedEntity need) {
		return need.toView(names(List.of(need.enterpriseId())).get(need.enterpriseId()), LocalDate.now(clock));
	}

	private Map<UUID, String> names(Collection<UUID> ids) {
		return enterprises.findAllById(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(EnterpriseEntity::id, EnterpriseEntity::name, (a, b) -> a));
	}

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new BadRequestException("visit-plan.error.year", year);
		}
	}

	private VisitEntity find(UUID visitId) {
		return visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit.error.not-found", visitId));
	}

	private NeedEntity findNeed(UUID needId) {
		return needs.findById(needId).orElseThrow(() -> new NotFoundException("need.error.not-found", needId));
	}

}
