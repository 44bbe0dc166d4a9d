package org.iprassist.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iprassist.appraisal.internal.Evidence.EvidenceEntry;
import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.PlanModel.Target;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.ProgressStore.Counter;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Component;

/**
 * Judges a plan against the read model: for every target and every unit it applies to, the
 * actual figure, the required one and a status (met, on track, at risk, late, or only tracked
 * when the plan sets no figure). Counts are by month: a target due mid-December counts December
 * whole. While a target's event type belongs to a module that does not exist yet, accepted
 * evidence entries stand in for its events, in the month they were submitted.
 */
@Component
class Progress {

	static final List<String> SEVERITY = List.of("MET", "ON_TRACK", "AT_RISK", "LATE");

	private static final String PROVINCE = "*";

	private final ProgressStore store;

	private final Evidence evidence;

	private final EventTypes eventTypes;

	private final UnitDirectory units;

	private final Clock clock;

	Progress(ProgressStore store, Evidence evidence, EventTypes eventTypes, UnitDirectory units, Clock clock) {
		this.store = store;
		this.evidence = evidence;
		this.eventTypes = eventTypes;
		this.units = units;
		this.clock = clock;
	}

	ProvinceProgress of(Plan plan, List<WorkItem> items) {
		LocalDate today = LocalDate.now(clock);
		List<UnitView> network = units.ofProvince(plan.provinceCode());
		List<Counter> counters = store.counters(plan.provinceCode(), plan.year());
		List<EvidenceEntry> entries = evidence.ofPlan(plan.id());
		Map<String, Map<String, int[]>> byType = new HashMap<>();
		for (Counter counter : counters) {
			Map<String, int[]> byUnit = byType.computeIfAbsent(counter.eventType(), type -> new HashMap<>());
			byUnit.computeIfAbsent(counter.unitCode(), unit -> new int[13])[counter.month()] += counter.total();
			byUnit.computeIfAbsent(PROVINCE, unit -> new int[13])[counter.month()] += counter.total();
		}
		List<TargetProgress> results = new ArrayList<>();
		for (WorkItem item : items) {
			for (Target target : item.targets()) {
				for (UnitView unit : applicableUnits(target, network)) {
					results.add(judge(plan, target, unit.code(), byType, entries, today));
				}
			}
		}
		Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
		for (TargetProgress result : results) {
			matrix.computeIfAbsent(result.unitCode(), unit -> new HashMap<>())
				.merge(result.itemId(), result.status(), Progress::worse);
		}
		int[] monthly = new int[12];
		counters.forEach(counter -> monthly[counter.month() - 1] += counter.total());
		return new ProvinceProgress(plan, items, network, matrix, results, monthly, counters);
	}

	static List<UnitView> applicableUnits(Target target, List<UnitView> network) {
		return switch (target.scope()) {
			case "UNIT_TYPE" -> network.stream().filter(unit -> unit.type().name().equals(target.unitType())).toList();
			case "UNITS" -> network.stream().filter(unit -> target.unitCodes().contains(unit.code())).toList();
			default -> network.stream().filter(unit -> unit.type() == UnitType.REGIONAL_CENTRE).limit(1).toList();
		};
	}

	private TargetProgress judge(Plan plan, Target target, String unitCode, Map<String, Map<String, int[]>> counters,
			List<EvidenceEntry> entries, LocalDate today) {
		int first = target.startsOn() == null ? 1 : target.startsOn().getMonthValue();
		int last = target.dueOn().getMonthValue();
		LocalDate start = target.startsOn() == null ? LocalDate.of(plan.year(), 1, 1) : target.startsOn();
		int[] months = new int[13];
		boolean province = "PROVINCE".equals(target.scope());
		if (target.eventType() != null) {
			int[] counted = counters.getOrDefault(target.eventType(), Map.of()).get(province ? PROVINCE : unitCode);
			if (counted != null) {
				System.arraycopy(counted, 0, months, 0, months.length);
			}
		}
		boolean byEvidence = "MILESTONE".equals(target.kind()) || !eventTypes.available(target.eventType());
		List<EvidenceEntry> own = entries.stream()
			.filter(entry -> entry.targetId().equals(target.id()) && (province || entry.unitCode().equals(unitCode)))
			.toList();
		if (byEvidence) {
			own.stream().filter(entry -> "ACCEPTED".equals(entry.status())).forEach(entry -> {
				int month = entry.submittedAt().getYear() == plan.year() ? entry.submittedAt().getMonthValue() : last;
				months[Math.max(first, Math.min(last, month))] += entry.quantity();
			});
		}
		int total = 0;
		for (int m = first; m <= last; m++) {
			total += months[m];
		}
		Integer required;
		int actual;
		String detail = "";
		boolean met;
		switch (target.kind()) {
			case "FREQUENCY" -> {
				required = last - first + 1;
				actual = 0;
				for (int m = first; m <= last; m++) {
					actual += months[m] >= target.minimum() ? 1 : 0;
				}
				met = actual >= required;
			}
			case "COVERAGE" -> {
				required = target.minimum();
				actual = total;
				int quarters = 0;
				int covered = 0;
				for (int q = (first - 1) / 3; q <= (last - 1) / 3; q++) {
					quarters++;
					int inQuarter = 0;
					for (int m = Math.max(first, q * 3 + 1); m <= Math.min(last, q * 3 + 3); m++) {
						inQuarter += months[m];
					}
					covered += inQuarter > 0 ? 1 : 0;
				}
				detail = covered + "/" + quarters;
				met = actual >= required && covered == quarters;
			}
			case "MILESTONE" -> {
				required = 1;
				actual = total > 0 ? 1 : 0;
				met = actual > 0;
				detail = own.isEmpty() ? "" : own.get(0).status();
			}
			default -> {
				required = target.minimum();
				actual = total;
				met = required != null && actual >= required;
			}
		}
		String status;
		if (target.tracked()) {
			status = "TRACKED";
		}
		else if (met) {
			status = "MET";
		}
		else if (today.isAfter(target.dueOn())) {
			status = "LATE";
		}
		else if (today.isBefore(start)) {
			status = "ON_TRACK";
		}
		else if ("MILESTONE".equals(target.kind())) {
			status = ChronoUnit.DAYS.between(today, target.dueOn()) > 30 ? "ON_TRACK" : "AT_RISK";
		}
		else {
			double expected = (double) (ChronoUnit.DAYS.between(start, today) + 1)
					/ (ChronoUnit.DAYS.between(start, target.dueOn()) + 1);
			status = actual >= Math.floor(required * expected) ? "ON_TRACK" : "AT_RISK";
		}
		return new TargetProgress(target.itemId(), target, unitCode, actual, required, status, detail, byEvidence);
	}

	static String worse(String a, String b) {
		if ("TRACKED".equals(a)) {
			return b;
		}
		if ("TRACKED".equals(b)) {
			return a;
		}
		return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
	}

	/**
	 * How far one unit is on one target.
	 *
	 * @param byEvidence whether accepted evidence entries count for it (milestones, and targets whose
	 * module does not exist yet)
	 */
	public record TargetProgress(String itemId, Target target, String unitCode, int actual, Integer required,
			String status, String detail, boolean byEvidence) {

		/** Share of the figure reached, 0–1, for scores and bars; {@code null} when only tracked. */
		public Double achievement() {
			if (target.tracked() || required == null) {
				return null;
			}
			return "MET".equals(status) || required == 0 ? 1.0 : Math.min(1.0, (double) actual / required);
		}
	}

	/** A province's plan judged against what its units recorded. */
	public record ProvinceProgress(Plan plan, List<WorkItem> items, List<UnitView> units,
			Map<String, Map<String, String>> matrix, List<TargetProgress> targets, int[] monthly,
			List<Counter> counters) {

		public String cell(String unitCode, String itemId) {
			return matrix.getOrDefault(unitCode, Map.of()).get(itemId);
		}

		public List<TargetProgress> ofUnit(String unitCode) {
			return targets.stream()
				.filter(result -> result.unitCode().equals(unitCode))
				.sorted(Comparator.comparing((TargetProgress result) -> result.target().dueOn()))
				.toList();
		}

		/** Per work item, the share of its judged unit targets that are met, in percent. */
		public Map<Integer, Integer> metPerItem() {
			Map<Integer, Integer> shares = new LinkedHashMap<>();
			for (WorkItem item : items) {
				shares.put(item.seq(), share(targets.stream().filter(result -> result.itemId().equals(item.id())).toList()));
			}
			return shares;
		}

		/** Per unit, the share of its judged targets that are met, in percent. */
		public Map<String, Integer> metPerUnit() {
			Map<String, Integer> shares = new LinkedHashMap<>();
			for (UnitView unit : units) {
				shares.put(unit.name(), share(ofUnit(unit.code())));
			}
			return shares;
		}

		private static int share(List<TargetProgress> results) {
			List<TargetProgress> judged = results.stream().filter(result -> !"TRACKED".equals(result.status())).toList();
			return judged.isEmpty() ? 0
					: (int) Math.round(100.0 * judged.stream().filter(result -> "MET".equals(result.status())).count()
							/ judged.size());
		}
	}
}
