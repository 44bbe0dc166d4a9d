package org.iprassist.appraisal.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.iprassist.appraisal.internal.Evidence.EvidenceEntry;
import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.PlanModel.Target;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.Plans.TargetForm;
import org.iprassist.appraisal.internal.Progress.TargetProgress;
import org.iprassist.appraisal.internal.ProgressStore.CountedRecord;
import org.iprassist.appraisal.internal.Recompute.JobView;
import org.iprassist.appraisal.internal.Sheets.SheetView;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional centre's plan, progress and appraisal over the API (for regional admins of the
 * province, as the security configuration requires for {@code /api/v1/r/{province}/**}).
 */
@RestController
@RequestMapping("/api/v1/r/{province}")
class RegionalAppraisalApiController {

	private final Scope scope;

	private final Plans plans;

	private final Progress progress;

	private final ProgressStore store;

	private final Evidence evidence;

	private final Recompute recompute;

	private final Sheets sheets;

	private final EventTypes eventTypes;

	RegionalAppraisalApiController(Scope scope, Plans plans, Progress progress, ProgressStore store,
			Evidence evidence, Recompute recompute, Sheets sheets, EventTypes eventTypes) {
		this.scope = scope;
		this.plans = plans;
		this.progress = progress;
		this.store = store;
		this.evidence = evidence;
		this.recompute = recompute;
		this.sheets = sheets;
		this.eventTypes = eventTypes;
	}

	@GetMapping("/event-types")
	List<EventTypes.EventType> eventTypes() {
		return eventTypes.all();
	}

	@GetMapping("/plans")
	List<Plan> plans(@PathVariable String province) {
		return plans.versions(province);
	}

	@GetMapping("/plans/{year}")
	PlanWithItems plan(@PathVariable String province, @PathVariable Integer year) {
		Plan plan = scope.latest(province, year);
		return new PlanWithItems(plan, plans.items(plan.id()));
	}

	@PostMapping("/plans/{year}/copies")
	@ResponseStatus(HttpStatus.CREATED)
	Plan copy(@PathVariable String province, @PathVariable Integer year, @RequestBody CopyRequest request) {
		return plans.copyToYear(province, year, request.toYear() == null ? -1 : request.toYear());
	}

	@PostMapping("/plans/{year}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	Plan newVersion(@PathVariable String province, @PathVariable Integer year) {
		return plans.newVersion(province, year);
	}

	@PostMapping("/plan-versions/{planId}/targets")
	@ResponseStatus(HttpStatus.CREATED)
	Target addTarget(@PathVariable String province, @PathVariable String planId, @RequestBody TargetForm form) {
		return plans.addTarget(province, planId, form);
	}

	@PostMapping("/plan-versions/{planId}/publication")
	Plan publish(@PathVariable String province, @PathVariable String planId) {
		return plans.publish(province, planId);
	}

	@GetMapping("/progress")
	ProgressMatrix progress(@PathVariable String province, @RequestParam(required = false) Integer year) {
		Plan plan = scope.inForce(province, year);
		var judged = progress.of(plan, plans.items(plan.id()));
		return new ProgressMatrix(plan, judged.matrix(), judged.targets());
	}

	@GetMapping("/progress/units/{unit}/records")
	List<CountedRecord> records(@PathVariable String province, @PathVariable String unit,
			@RequestParam(required = false) Integer year) {
		scope.unitOf(province, unit);
		return store.records(province, unit, scope.year(province, year), 500);
	}

	@PostMapping("/progress/recomputations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	JobView recompute(@PathVariable String province) {
		return recompute.start(province).view();
	}

	@GetMapping("/progress/recomputations/{jobId}")
	JobView recomputation(@PathVariable String province, @PathVariable String jobId) {
		return recompute.job(province, jobId)
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-job", jobId))
			.view();
	}

	@PostMapping("/evidence/{evidenceId}/review")
	EvidenceEntry review(@PathVariable String province, @PathVariable String evidenceId,
			@RequestBody ReviewRequest request, @AuthenticationPrincipal IprUser user) {
		return evidence.review(evidenceId, Boolean.TRUE.equals(request.accept()), request.comment(),
				user.getUsername(), code -> scope.inProvince(province, code));
	}

	@GetMapping("/sheets/{unit}")
	SheetView sheet(@PathVariable String province, @PathVariable String unit,
			@RequestParam(required = false) Integer year) {
		scope.unitOf(province, unit);
		return sheets.view(scope.inForce(province, year), unit);
	}

	@PostMapping("/sheets/{unit}/marks")
	SheetView mark(@PathVariable String province, @PathVariable String unit, @RequestBody MarkRequest request,
			@RequestParam(required = false) Integer year) {
		scope.unitOf(province, unit);
		return sheets.mark(scope.inForce(province, year), unit, request.itemId(), request.mark(), request.comment());
	}

	@PostMapping("/sheets/{unit}/publication")
	SheetView publishSheet(@PathVariable String province, @PathVariable String unit,
			@AuthenticationPrincipal IprUser user, @RequestParam(required = false) Integer year) {
		scope.unitOf(province, unit);
		return sheets.publish(scope.inForce(province, year), unit, user.getUsername());
	}

	@PostMapping("/sheets/{unit}/amendments")
	SheetView amend(@PathVariable String province, @PathVariable String unit, @RequestBody AmendmentRequest request,
			@AuthenticationPrincipal IprUser user, @RequestParam(required = false) Integer year) {
		scope.unitOf(province, unit);
		return sheets.amend(scope.inForce(province, year), unit, request.subject(), request.value(), request.reason(),
				user.getUsername());
	}

	record PlanWithItems(Plan plan, List<WorkItem> items) {
	}

	record ProgressMatrix(Plan plan, Map<String, Map<String, String>> matrix, List<TargetProgress> targets) {
	}

	record CopyRequest(Integer toYear) {
	}

	record ReviewRequest(Boolean accept, String comment) {
	}

	record MarkRequest(String itemId, BigDecimal mark, String comment) {
	}

	record AmendmentRequest(String subject, String value, String reason) {
	}
}
