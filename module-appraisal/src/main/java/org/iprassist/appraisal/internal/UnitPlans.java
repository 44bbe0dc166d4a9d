package org.iprassist.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iprassist.appraisal.internal.Evidence.EvidenceEntry;
import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.PlanModel.Target;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.Progress.TargetProgress;
import org.iprassist.appraisal.internal.Sheets.SheetView;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's own view of the plan in force: its targets with actuals, what is due next, what is
 * late, its evidence entries and, once published, its appraisal result. Everything is filtered by
 * the unit of the URL, which the tenancy runtime has already checked.
 */
@Component
class UnitPlans {

	private final Scope scope;

	private final Plans plans;

	private final Progress progress;

	private final Evidence evidence;

	private final Sheets sheets;

	private final EventTypes eventTypes;

	private final Clock clock;

	UnitPlans(Scope scope, Plans plans, Progress progress, Evidence evidence, Sheets sheets, EventTypes eventTypes,
			Clock clock) {
		this.scope = scope;
		this.plans = plans;
		this.progress = progress;
		this.evidence = evidence;
		this.sheets = sheets;
		this.eventTypes = eventTypes;
		this.clock = clock;
	}

	Optional<UnitPlanView> view(String unitCode, Integer year) {
		UnitView unit = scope.unit(unitCode);
		int resolved = scope.publishedYear(unit.provinceCode(), year);
		return plans.inForce(unit.provinceCode(), resolved).map(plan -> {
			List<WorkItem> items = plans.items(plan.id());
			Map<String, WorkItem> byId = items.stream().collect(Collectors.toMap(WorkItem::id, Function.identity()));
			List<Row> rows = progress.of(plan, items)
				.ofUnit(unitCode)
				.stream()
				.map(result -> new Row(byId.get(result.itemId()).seq(), byId.get(result.itemId()).title(), result,
						result.byEvidence() && !"MET".equals(result.status()) && !"PROVINCE".equals(result.target().scope())))
				.sorted(java.util.Comparator.comparingInt(Row::seq))
				.toList();
			LocalDate today = LocalDate.now(clock);
			List<Row> dueNext = rows.stream()
				.filter(row -> !"MET".equals(row.progress().status()) && !row.progress().target().tracked()
						&& !row.progress().target().dueOn().isBefore(today))
				.sorted(java.util.Comparator.comparing((Row row) -> row.progress().target().dueOn()))
				.limit(5)
				.toList();
			List<Row> late = rows.stream().filter(row -> "LATE".equals(row.progress().status())).toList();
			List<EvidenceEntry> entries = evidence.ofPlan(plan.id())
				.stream()
				.filter(entry -> entry.unitCode().equals(unitCode))
				.toList();
			return new UnitPlanView(unit.code(), unit.name(), plan, rows, dueNext, late, entries,
					sheets.published(plan, unitCode).orElse(null));
		});
	}

	EvidenceEntry submit(String unitCode, String targetId, Integer quantity, String note, MultipartFile file,
			String user) {
		UnitPlanView view = view(unitCode, null).orElseThrow(() -> new NotFoundException("appraisal.error.no-plan",
				unitCode));
		Row row = view.rows()
			.stream()
			.filter(candidate -> candidate.progress().target().id().equals(targetId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-target", String.valueOf(targetId)));
		Target target = row.progress().target();
		boolean countable = "MILESTONE".equals(target.kind()) || !eventTypes.available(target.eventType());
		return evidence.submit(unitCode, target, countable && !"PROVINCE".equals(target.scope()), quantity, note,
				file, user);
	}

	EvidenceEntry ownEvidence(String unitCode, String evidenceId) {
		EvidenceEntry entry = evidence.find(evidenceId);
		if (!entry.unitCode().equals(unitCode)) {
			throw new NotFoundException("appraisal.error.unknown-evidence", evidenceId);
		}
		return entry;
	}

	/** One target of the unit with its work item. */
	public record Row(int seq, String itemTitle, TargetProgress progress, boolean evidenceWanted) {
	}

	/** The unit's page. */
	public record UnitPlanView(String unitCode, String unitName, Plan plan, List<Row> rows, List<Row> dueNext,
			List<Row> late, List<EvidenceEntry> evidence, SheetView appraisal) {
	}
}
