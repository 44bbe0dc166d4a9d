package org.iprassist.appraisal.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.PlanModel.Target;
import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work plans: reading them, copying one to a new year, opening a new version of a published one,
 * changing a draft's targets and publishing it. A published plan is never edited in place: the
 * progress and the appraisal sheets of its year were judged against it.
 */
@Component
class Plans {

	private static final Set<String> KINDS = Set.of("COUNT", "FREQUENCY", "COVERAGE", "MILESTONE");

	private static final Set<String> SCOPES = Set.of("UNIT_TYPE", "UNITS", "PROVINCE");

	private final Platform platform;

	private final EventTypes eventTypes;

	private final UnitDirectory units;

	private final Clock clock;

	Plans(Platform platform, EventTypes eventTypes, UnitDirectory units, Clock clock) {
		this.platform = platform;
		this.eventTypes = eventTypes;
		this.units = units;
		this.clock = clock;
	}

	List<Plan> versions(String province) {
		return platform.read(jdbc -> jdbc.sql("select * from appraisal_plan where province_code = ? "
				+ "order by plan_year desc, version desc").param(province).query(Plans::plan).list());
	}

	/** The latest version of a year, draft or not: what the regional admin edits. */
	Optional<Plan> latest(String province, int year) {
		return versions(province).stream().filter(plan -> plan.year() == year).findFirst();
	}

	/** The latest published version of a year: what units are judged against. */
	Optional<Plan> inForce(String province, int year) {
		return versions(province).stream().filter(plan -> plan.year() == year && plan.published()).findFirst();
	}

	Plan require(String province, String planId) {
		return versions(province).stream()
			.filter(plan -> plan.id().equals(planId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("appraisal.error.no-plan", planId));
	}

	List<WorkItem> items(String planId) {
		return platform.read(jdbc -> {
			Map<String, List<Target>> targets = jdbc.sql("""
					select t.* from appraisal_target t join appraisal_work_item i on i.id = t.item_id
					where i.plan_id = ? order by i.seq, t.seq""")
				.param(planId)
				.query(Plans::target)
				.list()
				.stream()
				.collect(Collectors.groupingBy(Target::itemId));
			return jdbc.sql("select * from appraisal_work_item where plan_id = ? order by seq")
				.param(planId)
				.query((rs, n) -> new WorkItem(rs.getString("id"), rs.getInt("seq"), rs.getString("category"),
						rs.getString("title"), rs.getString("content"), rs.getString("quantity_text"),
						rs.getString("schedule_text"), rs.getString("responsible_text"),
						targets.getOrDefault(rs.getString("id"), List.of())))
				.list();
		});
	}

	Plan copyToYear(String province, int fromYear, int toYear) {
		Plan source = latest(province, fromYear).orElseThrow(() -> new NotFoundException("appraisal.error.no-plan",
				province + " " + fromYear));
		if (toYear < 2000 || toYear > 2100) {
			throw new BadRequestException("appraisal.error.invalid-year", toYear);
		}
		if (latest(province, toYear).isPresent()) {
			throw new ConflictException("appraisal.error.plan-exists", toYear);
		}
		return copy(source, toYear, 1, source.title().replace(String.valueOf(fromYear), String.valueOf(toYear)));
	}

	Plan newVersion(String province, int year) {
		Plan source = latest(province, year).orElseThrow(() -> new NotFoundException("appraisal.error.no-plan",
				province + " " + year));
		if (!source.published()) {
			throw new ConflictException("appraisal.error.draft-exists", source.version());
		}
		return copy(source, year, source.version() + 1, source.title());
	}

	private Plan copy(Plan source, int year, int version, String title) {
		int shift = year - source.year();
		List<WorkItem> items = items(source.id());
		String planId = UUID.randomUUID().toString();
		platform.write(jdbc -> {
			jdbc.sql("""
					insert into appraisal_plan (id, province_code, plan_year, version, status, title, excellent_from,
					good_from, pass_from) values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
				.params(planId, source.provinceCode(), year, version, title, source.excellentFrom(), source.goodFrom(),
						source.passFrom())
				.update();
			for (WorkItem item : items) {
				String itemId = UUID.randomUUID().toString();
				jdbc.sql("""
						insert into appraisal_work_item (id, plan_id, seq, category, title, content, quantity_text,
						schedule_text, responsible_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(itemId, planId, item.seq(), item.category(), item.title(), item.content(),
							item.quantityText(), item.scheduleText(), item.responsibleText())
					.update();
				for (Target target : item.targets()) {
					insertTarget(jdbc, itemId, target.seq(), new TargetForm(null, target.kind(), target.eventType(),
							target.scope(), target.unitType(), String.join(";", target.unitCodes()), target.minimum(),
							target.maximum(), shifted(target.startsOn(), shift), shifted(target.dueOn(), shift),
							target.label()));
				}
			}
			return null;
		});
		return require(source.provinceCode(), planId);
	}

	Target addTarget(String province, String planId, TargetForm form) {
		Plan plan = requireDraft(province, planId);
		WorkItem item = items(plan.id()).stream()
			.filter(candidate -> candidate.id().equals(form.itemId()))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("appraisal.error.unknown-item", String.valueOf(form.itemId())));
		TargetForm valid = validate(province, plan, form);
		int seq = item.targets().stream().mapToInt(Target::seq).max().orElse(0) + 1;
		String id = platform.write(jdbc -> insertTarget(jdbc, item.id(), seq, valid));
		return items(plan.id()).stream()
			.flatMap(candidate -> candidate.targets().stream())
			.filter(target -> target.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	void removeTarget(String province, String planId, String targetId) {
		Plan plan = requireDraft(province, planId);
		int removed = platform.write(jdbc -> jdbc.sql("""
				delete from appraisal_target where id = ? and item_id in
				(select id from appraisal_work_item where plan_id = ?)""").params(targetId, plan.id()).update());
		if (removed == 0) {
			throw new NotFoundException("appraisal.error.unknown-target", targetId);
		}
	}

	void setThresholds(String province, String planId, Integer excellent, Integer good, Integer pass) {
		Plan plan = requireDraft(province, planId);
		if (excellent == null || good == null || pass == null || !(100 >= excellent && excellent > good && good > pass
				&& pass > 0)) {
			throw new BadRequestException("appraisal.error.invalid-thresholds");
		}
		platform.write(jdbc -> jdbc.sql("update appraisal_plan set excellent_from = ?, good_from = ?, pass_from = ? "
				+ "where id = ?").params(excellent, good, pass, plan.id()).update());
	}

	Plan publish(String province, String planId) {
		Plan plan = requireDraft(province, planId);
		platform.write(jdbc -> jdbc.sql("update appraisal_plan set status = 'PUBLISHED', published_at = ? where id = ?")
			.params(LocalDateTime.now(clock), plan.id())
			.update());
		return require(province, planId);
	}

	private Plan requireDraft(String province, String planId) {
		Plan plan = require(province, planId);
		if (plan.published()) {
			throw new ConflictException("appraisal.error.plan-published");
		}
		return plan;
	}

	private TargetForm validate(String province, Plan plan, TargetForm form) {
		String kind = form.kind() == null ? "" : form.kind().strip();
		String scope = form.scope() == null ? "" : form.scope().strip();
		if (!KINDS.contains(kind) || !SCOPES.contains(scope)) {
			throw new BadRequestException("appraisal.error.invalid-target");
		}
		String eventType = blankToNull(form.eventType());
		if ("MILESTONE".equals(kind)) {
			eventType = null;
		}
		else {
			eventTypes.require(eventType);
		}
		String unitType = null;
		String unitCodes = null;
		if ("UNIT_TYPE".equals(scope)) {
			unitType = Arrays.stream(UnitType.values())
				.map(Enum::name)
				.filter(name -> name.equals(form.unitType()))
				.findFirst()
				.orElseThrow(() -> new BadRequestException("appraisal.error.invalid-unit-type",
						String.valueOf(form.unitType())));
		}
		else if ("UNITS".equals(scope)) {
			List<String> codes = codes(form.unitCodes());
			if (codes.isEmpty()) {
				throw new BadRequestException("appraisal.error.unknown-unit", "");
			}
			for (String code : codes) {
				units.find(code)
					.filter(unit -> unit.provinceCode().equals(province))
					.orElseThrow(() -> new BadRequestException("appraisal.error.unknown-unit", code));
			}
			unitCodes = String.join(";", codes);
		}
		Integer minimum = form.minimum();
		Integer maximum = form.maximum();
		if ((minimum != null && minimum < 0) || (maximum != null && (minimum == null || maximum < minimum))
				|| (("FREQUENCY".equals(kind) || "COVERAGE".equals(kind)) && minimum == null)) {
			throw new BadRequestException("appraisal.error.invalid-figures");
		}
		LocalDate due = form.dueOn();
		if (due == null || due.getYear() != plan.year() || (form.startsOn() != null
				&& (form.startsOn().isAfter(due) || form.startsOn().getYear() != plan.year()))) {
			throw new BadRequestException("appraisal.error.invalid-dates", plan.year());
		}
		String label = blankToNull(form.label());
		if (label == null || label.length() > 500) {
			throw new BadRequestException("appraisal.error.invalid-label");
		}
		return new TargetForm(form.itemId(), kind, eventType, scope, unitType, unitCodes, minimum, maximum,
				form.startsOn(), due, label);
	}

	private static String insertTarget(JdbcClient jdbc, String itemId, int seq, TargetForm form) {
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into appraisal_target (id, item_id, seq, kind, event_type, scope, unit_type, unit_codes, minimum,
				maximum, starts_on, due_on, label) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, itemId, seq, form.kind(), form.eventType(), form.scope(), form.unitType(),
					blankToNull(form.unitCodes()), form.minimum(), form.maximum(),
					form.startsOn() == null ? null : Date.valueOf(form.startsOn()), Date.valueOf(form.dueOn()),
					form.label())
			.update();
		return id;
	}

	private static LocalDate shifted(LocalDate date, int years) {
		return date == null ? null : date.plusYears(years);
	}

	static List<String> codes(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[;,\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Plan plan(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Plan(rs.getString("id"), rs.getString("province_code"), rs.getInt("plan_year"), rs.getInt("version"),
				rs.getString("status"), rs.getString("title"), rs.getInt("excellent_from"), rs.getInt("good_from"),
				rs.getInt("pass_from"), published == null ? null : published.toLocalDateTime());
	}

	private static Target target(ResultSet rs, int n) throws SQLException {
		Date starts = rs.getDate("starts_on");
		return new Target(rs.getString("id"), rs.getString("item_id"), rs.getInt("seq"), rs.getString("kind"),
				rs.getString("event_type"), rs.getString("scope"), rs.getString("unit_type"),
				codes(rs.getString("unit_codes")), (Integer) rs.getObject("minimum", Integer.class),
				(Integer) rs.getObject("maximum", Integer.class), starts == null ? null : starts.toLocalDate(),
				rs.getDate("due_on").toLocalDate(), rs.getString("label"));
	}

	/**
	 * A target as a regional admin enters it (boxed figures: absent means none).
	 */
	record TargetForm(String itemId, String kind, String eventType, String scope, String unitType, String unitCodes,
			Integer minimum, Integer maximum, LocalDate startsOn, LocalDate dueOn, String label) {
	}
}
