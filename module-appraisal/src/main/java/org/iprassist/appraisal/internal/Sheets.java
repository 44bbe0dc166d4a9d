package org.iprassist.appraisal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.Progress.TargetProgress;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appraisal sheets (考核): one per unit per published plan. Each work item that applies to the
 * unit is an indicator, scored automatically from the actuals (share of its figures reached) unless
 * the assessor marks it; the total gives the grade by the plan's thresholds. Staff are appraised
 * one by one and awards (评优评先) carry citations. Publishing freezes the automatic scores and
 * locks the sheet: afterwards it changes only through recorded amendments, and the unit sees it.
 */
@Component
class Sheets {

	static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "PASS", "FAIL");

	private final Platform platform;

	private final Plans plans;

	private final Progress progress;

	private final Clock clock;

	Sheets(Platform platform, Plans plans, Progress progress, Clock clock) {
		this.platform = platform;
		this.plans = plans;
		this.progress = progress;
		this.clock = clock;
	}

	SheetView view(Plan plan, String unit) {
		if (!plan.published()) {
			throw new ConflictException("appraisal.error.plan-not-published");
		}
		Sheet sheet = platform.read(jdbc -> find(jdbc, plan.id(), unit)).orElseGet(() -> create(plan, unit));
		return assemble(plan, sheet);
	}

	/** The published sheet a unit may see, if there is one. */
	java.util.Optional<SheetView> published(Plan plan, String unit) {
		return platform.read(jdbc -> find(jdbc, plan.id(), unit))
			.filter(Sheet::published)
			.map(sheet -> assemble(plan, sheet));
	}

	SheetView mark(Plan plan, String unit, String itemId, BigDecimal mark, String comment) {
		SheetView view = draft(plan, unit);
		requireIndicator(view, itemId);
		BigDecimal value = checkedMark(mark);
		String text = limited(comment, 1000);
		platform.write(jdbc -> upsertMark(jdbc, view.sheet().id(), itemId, null, value, text));
		return view(plan, unit);
	}

	SheetView comment(Plan plan, String unit, String comment) {
		SheetView view = draft(plan, unit);
		platform.write(jdbc -> jdbc.sql("update appraisal_sheet set assessor_comment = ? where id = ?")
			.params(limited(comment, 2000), view.sheet().id())
			.update());
		return view(plan, unit);
	}

	SheetView addWorker(Plan plan, String unit, String name, String grade, String comment) {
		SheetView view = draft(plan, unit);
		String worker = required(name, 100);
		if (grade == null || !GRADES.contains(grade)) {
			throw new BadRequestException("appraisal.error.invalid-grade", String.valueOf(grade));
		}
		platform.write(jdbc -> jdbc.sql("insert into appraisal_worker (id, sheet_id, worker_name, grade, comment) "
				+ "values (?, ?, ?, ?, ?)").params(UUID.randomUUID().toString(), view.sheet().id(), worker, grade,
						limited(comment, 1000)).update());
		return view(plan, unit);
	}

	SheetView addAward(Plan plan, String unit, String awardee, String title, String citation) {
		SheetView view = draft(plan, unit);
		String who = required(awardee, 200);
		String what = required(title, 200);
		String why = required(citation, 2000);
		platform.write(jdbc -> jdbc.sql("insert into appraisal_award (id, sheet_id, awardee, title, citation) "
				+ "values (?, ?, ?, ?, ?)").params(UUID.randomUUID().toString(), view.sheet().id(), who, what, why)
			.update());
		return view(plan, unit);
	}

	SheetView publish(Plan plan, String unit, String user) {
		SheetView view = draft(plan, unit);
		platform.write(jdbc -> {
			for (Indicator indicator : view.indicators()) {
				upsertMark(jdbc, view.sheet().id(), indicator.itemId(), indicator.autoScore(), indicator.mark(),
						indicator.comment());
			}
			return jdbc.sql("""
					update appraisal_sheet set status = 'PUBLISHED', score = ?, grade = ?, published_at = ?,
					published_by = ? where id = ? and status = 'DRAFT'""")
				.params(view.score(), view.grade(), LocalDateTime.now(clock), user, view.sheet().id())
				.update();
		});
		return view(plan, unit);
	}

	/**
	 * Changes a published sheet, on the record: its grade, its comment or one indicator's mark.
	 */
	SheetView amend(Plan plan, String unit, String subject, String value, String reason, String user) {
		SheetView view = view(plan, unit);
		if (!view.sheet().published()) {
			throw new ConflictException("appraisal.error.sheet-not-published");
		}
		String why = required(reason, 1000);
		String what = subject == null ? "" : subject.strip();
		platform.write(jdbc -> {
			if ("GRADE".equals(what)) {
				if (!GRADES.contains(value)) {
					throw new BadRequestException("appraisal.error.invalid-grade", String.valueOf(value));
				}
				jdbc.sql("update appraisal_sheet set grade = ? where id = ?").params(value, view.sheet().id()).update();
			}
			else if ("COMMENT".equals(what)) {
				jdbc.sql("update appraisal_sheet set assessor_comment = ? where id = ?")
					.params(limited(value, 2000), view.sheet().id())
					.update();
			}
			else if (what.startsWith("MARK:")) {
				String itemId = what.substring("MARK:".length());
				Indicator indicator = requireIndicator(view, itemId);
				BigDecimal mark = checkedMark(parse(value));
				upsertMark(jdbc, view.sheet().id(), itemId, indicator.autoScore(), mark, indicator.comment());
			}
			else {
				throw new BadRequestException("appraisal.error.invalid-amendment");
			}
			jdbc.sql("insert into appraisal_amendment (id, sheet_id, amended_at, amended_by, subject, new_value, reason) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID().toString(), view.sheet().id(), LocalDateTime.now(clock), user, what,
						value == null ? "" : limited(value, 2000), why)
				.update();
			return null;
		});
		if (what.startsWith("MARK:")) {
			SheetView amended = view(plan, unit);
			platform.write(jdbc -> jdbc.sql("update appraisal_sheet set score = ?, grade = ? where id = ?")
				.params(amended.score(), amended.grade(), view.sheet().id())
				.update());
		}
		return view(plan, unit);
	}

	private SheetView draft(Plan plan, String unit) {
		SheetView view = view(plan, unit);
		if (view.sheet().published()) {
			throw new ConflictException("appraisal.error.sheet-published");
		}
		return view;
	}

	private Sheet create(Plan plan, String unit) {
		try {
			platform.write(jdbc -> jdbc.sql("insert into appraisal_sheet (id, plan_id, unit_code, status) "
					+ "values (?, ?, ?, 'DRAFT')").params(UUID.randomUUID().toString(), plan.id(), unit).update());
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			// another request created it first
		}
		return platform.read(jdbc -> find(jdbc, plan.id(), unit)).orElseThrow();
	}

	private SheetView assemble(Plan plan, Sheet sheet) {
		List<WorkItem> items = plans.items(plan.id());
		List<TargetProgress> results = progress.of(plan, items).ofUnit(sheet.unitCode());
		Map<String, Object[]> marks = new HashMap<>();
		List<Worker> workers = new ArrayList<>();
		List<Award> awards = new ArrayList<>();
		List<Amendment> amendments = new ArrayList<>();
		platform.read(jdbc -> {
			jdbc.sql("select item_id, auto_score, mark, comment from appraisal_mark where sheet_id = ?")
				.param(sheet.id())
				.query(rs -> {
					marks.put(rs.getString(1),
							new Object[] { rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4) });
				});
			workers.addAll(jdbc.sql("select * from appraisal_worker where sheet_id = ? order by worker_name")
				.param(sheet.id())
				.query((rs, n) -> new Worker(rs.getString("worker_name"), rs.getString("grade"), rs.getString("comment")))
				.list());
			awards.addAll(jdbc.sql("select * from appraisal_award where sheet_id = ? order by awardee")
				.param(sheet.id())
				.query((rs, n) -> new Award(rs.getString("awardee"), rs.getString("title"), rs.getString("citation")))
				.list());
			amendments.addAll(jdbc.sql("select * from appraisal_amendment where sheet_id = ? order by amended_at")
				.param(sheet.id())
				.query((rs, n) -> new Amendment(rs.getTimestamp("amended_at").toLocalDateTime(),
						rs.getString("amended_by"), rs.getString("subject"), rs.getString("new_value"),
						rs.getString("reason")))
				.list());
			return null;
		});
		List<Indicator> indicators = new ArrayList<>();
		for (WorkItem item : items) {
			List<TargetProgress> own = results.stream().filter(result -> result.itemId().equals(item.id())).toList();
			if (own.isEmpty()) {
				continue;
			}
			OptionalDouble achieved = own.stream()
				.filter(result -> result.achievement() != null)
				.mapToDouble(TargetProgress::achievement)
				.average();
			Object[] stored = marks.getOrDefault(item.id(), new Object[3]);
			BigDecimal auto = sheet.published() && stored[0] != null ? (BigDecimal) stored[0]
					: achieved.isPresent() ? BigDecimal.valueOf(achieved.getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP)
							: null;
			indicators.add(new Indicator(item.id(), item.seq(), item.title(), auto, (BigDecimal) stored[1],
					(String) stored[2]));
		}
		BigDecimal score = score(indicators);
		String grade = sheet.published() ? sheet.grade() : grade(plan, score);
		return new SheetView(sheet, indicators, sheet.published() ? sheet.score() : score, grade, workers, awards,
				amendments);
	}

	static BigDecimal score(List<Indicator> indicators) {
		OptionalDouble average = indicators.stream()
			.map(Indicator::effective)
			.filter(java.util.Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue)
			.average();
		return average.isPresent() ? BigDecimal.valueOf(average.getAsDouble()).setScale(1, RoundingMode.HALF_UP)
				: BigDecimal.ZERO.setScale(1);
	}

	static String grade(Plan plan, BigDecimal score) {
		double value = score.doubleValue();
		return value >= plan.excellentFrom() ? "EXCELLENT" : value >= plan.goodFrom() ? "GOOD"
				: value >= plan.passFrom() ? "PASS" : "FAIL";
	}

	private static Indicator requireIndicator(SheetView view, String itemId) {
		return view.indicators()
			.stream()
			.filter(indicator -> indicator.itemId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-item", String.valueOf(itemId)));
	}

	private static Object upsertMark(JdbcClient jdbc, String sheetId, String itemId, BigDecimal auto, BigDecimal mark,
			String comment) {
		int updated = jdbc.sql("update appraisal_mark set auto_score = coalesce(?, auto_score), mark = ?, comment = ? "
				+ "where sheet_id = ? and item_id = ?").params(auto, mark, comment, sheetId, itemId).update();
		if (updated == 0) {
			jdbc.sql("insert into appraisal_mark (sheet_id, item_id, auto_score, mark, comment) values (?, ?, ?, ?, ?)")
				.params(sheetId, itemId, auto, mark, comment)
				.update();
		}
		return null;
	}

	private static BigDecimal checkedMark(BigDecimal mark) {
		if (mark != null && (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new BadRequestException("appraisal.error.invalid-mark");
		}
		return mark == null ? null : mark.setScale(1, RoundingMode.HALF_UP);
	}

	private static BigDecimal parse(String value) {
		try {
			return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("appraisal.error.invalid-mark");
		}
	}

	private static String required(String text, int max) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.length() > max) {
			throw new BadRequestException("appraisal.error.text-required", max);
		}
		return value;
	}

	private static String limited(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new BadRequestException("appraisal.error.text-too-long", max);
		}
		return value;
	}

	private static java.util.Optional<Sheet> find(JdbcClient jdbc, String planId, String unit) {
		return jdbc.sql("select * from appraisal_sheet where plan_id = ? and unit_code = ?")
			.params(planId, unit)
			.query(Sheets::sheet)
			.optional();
	}

	private static Sheet sheet(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Sheet(rs.getString("id"), rs.getString("plan_id"), rs.getString("unit_code"), rs.getString("status"),
				rs.getBigDecimal("score"), rs.getString("grade"), rs.getString("assessor_comment"),
				published == null ? null : published.toLocalDateTime(), rs.getString("published_by"));
	}

	/** A sheet's own row. */
	public record Sheet(String id, String planId, String unitCode, String status, BigDecimal score, String grade,
			String assessorComment, LocalDateTime publishedAt, String publishedBy) {

		public boolean published() {
			return "PUBLISHED".equals(status);
		}
	}

	/** A work item as an indicator of the sheet. */
	public record Indicator(String itemId, int seq, String title, BigDecimal autoScore, BigDecimal mark,
			String comment) {

		public BigDecimal effective() {
			return mark != null ? mark : autoScore;
		}
	}

	/** A worker's appraisal. */
	public record Worker(String name, String grade, String comment) {
	}

	/** An award with its citation. */
	public record Award(String awardee, String title, String citation) {
	}

	/** A recorded change to a published sheet. */
	public record Amendment(LocalDateTime at, String by, String subject, String value, String reason) {
	}

	/** A sheet with its indicators, total, grade, workers, awards and amendments. */
	public record SheetView(Sheet sheet, List<Indicator> indicators, BigDecimal score, String grade,
			List<Worker> workers, List<Award> awards, List<Amendment> amendments) {
	}
}
