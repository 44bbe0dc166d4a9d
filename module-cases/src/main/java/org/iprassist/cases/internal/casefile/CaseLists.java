package org.iprassist.cases.internal.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case lists, read with SQL as just the columns a list shows (no entity is materialised), a
 * page at a time after a keyset cursor. A party or right-number fragment is looked up in the
 * {@link CaseSearchIndex}: the query walks the rarest of the fragment's grams in list order, keeps
 * the cases that hold the next rarest ones too, and lets the same {@code LIKE '%…%'} as a plain scan
 * decide, so the index changes the speed of a search, never its answer. A fragment shorter than a
 * gram is a prefix of the stored grams: the few cases holding a rare one are read and sorted; when
 * it is common, the list index is walked in order instead, where the first page fills at once. A
 * case whose name holds two grams that the collation compares equal is read twice; it is listed
 * once.
 */
@Component
class CaseLists {

	/**
	 * How many index rows make a prefix common; at most this many of the prefix's grams are summed.
	 */
	static final int COMMON = 1000;

	/** How many of a long fragment's grams are weighed to find the rarest. */
	static final int WEIGHED = 8;

	/**
	 * How many further grams a walked index row must have for its case to be read: joined, one index
	 * lookup each. A join, not a subquery per row: on MariaDB a correlated subquery cost about 15 µs
	 * a row where the join's lookup cost 2, which made the sparse searches (a serial number, whose
	 * rarest gram walks a few hundred rows for one case) 7× dearer.
	 */
	static final int PROBED = 3;

	private static final String COLUMNS = "c.id, c.case_number, c.case_type, c.status, c.right_type, c.right_number,"
			+ " c.applicant_name, c.anonymous, c.counterparty, c.received_at, c.received_on, c.due_on, c.handler";

	private final JdbcClient jdbc;

	CaseLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseSummary> list(CaseFilter filter, int limit, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = conditions(filter, params);
		params.put("limit", limit);
		List<Probe> probes = weighed(probes(filter));
		String sql;
		if (probes.isEmpty() || (probes.get(0).prefix() && probes.get(0).count() >= COMMON)) {
			sql = "select " + COLUMNS + " from case_file c where 1 = 1" + where + cursor(filter, "c.received_at", "c.id",
					params) + " order by c.received_at desc, c.id desc limit :limit";
		}
		else if (probes.get(0).prefix()) {
			List<String> candidates = candidates(probes.get(0));
			if (candidates.isEmpty()) {
				return List.of();
			}
			params.put("candidates", candidates);
			sql = "select " + COLUMNS + " from case_file c where c.id in (:candidates)" + where
					+ cursor(filter, "c.received_at", "c.id", params) + " order by c.received_at desc, c.id desc limit :limit";
		}
		else {
			sql = "select " + COLUMNS + " from case_search_gram g" + alsoHolding(probes, params)
					+ " join case_file c on c.id = g.case_id where g.field = :driveField and g.gram = :driveGram" + where
					+ cursor(filter, "g.received_at", "g.case_id", params)
					+ " order by g.field, g.gram, g.received_at desc, g.case_id desc limit :limit";
			params.put("driveField", probes.get(0).field());
			params.put("driveGram", probes.get(0).gram());
		}
		return jdbc.sql(sql).params(params).query((rs, n) -> summary(rs, today)).list().stream().distinct().toList();
	}

	private static String conditions(CaseFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (filter.type() != null) {
			where.append(" and c.case_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.partyFragment() != null) {
			where.append(" and (lower(c.applicant_name) like :party escape '!' or lower(c.counterparty) like :party escape '!')");
			params.put("party", contains(filter.partyFragment().toLowerCase(Locale.ROOT)));
		}
		if (filter.rightNumberFragment() != null) {
			where.append(" and upper(c.right_number) like :rightNumber escape '!'");
			params.put("rightNumber", contains(filter.rightNumberFragment()));
		}
		if (filter.from() != null) {
			where.append(" and c.received_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and c.received_on <= :to");
			params.put("to", filter.to());
		}
		return where.toString();
	}

	private static String cursor(CaseFilter filter, String at, String id, Map<String, Object> params) {
		if (filter.afterAt() == null || filter.afterId() == null) {
			return "";
		}
		params.put("afterAt", filter.afterAt());
		params.put("afterId", filter.afterId().toString());
		return " and " + at + " <= :afterAt and (" + at + " < :afterAt or " + id + " < :afterId)";
	}

	private static String alsoHolding(List<Probe> probes, Map<String, Object> params) {
		StringBuilder probed = new StringBuilder();
		List<Probe> next = probes.stream().skip(1).filter(probe -> !probe.prefix()).limit(PROBED).toList();
		for (int i = 0; i < next.size(); i++) {
			params.put("probeField" + i, next.get(i).field());
			params.put("probeGram" + i, next.get(i).gram());
			probed.append(" join case_search_gram h").append(i).append(" on h").append(i).append(".field = :probeField")
				.append(i).append(" and h").append(i).append(".gram = :probeGram").append(i).append(" and h").append(i)
				.append(".case_id = g.case_id");
		}
		return probed.toString();
	}

	private static List<Probe> probes(CaseFilter filter) {
		List<Probe> probes = new ArrayList<>();
		add(probes, CaseSearchIndex.PARTY, filter.partyFragment());
		add(probes, CaseSearchIndex.RIGHT_NUMBER, filter.rightNumberFragment());
		return probes;
	}

	private static void add(List<Probe> probes, String field, String fragment) {
		if (fragment == null) {
			return;
		}
		List<String> grams = List.copyOf(SearchGrams.ofFragment(fragment));
		int step = Math.max(1, (grams.size() + WEIGHED - 1) / WEIGHED);
		for (int i = 0; i < grams.size(); i += step) {
			probes.add(new Probe(field, grams.get(i), SearchGrams.isPrefix(grams.get(i)), 0));
		}
	}

	/**
	 * Weighs every probe in one statement, one round trip however long the fragment, from the kept
	 * number of cases of each gram ({@code case_search_weight}): a gram by its own, a prefix by the
	 * sum over the grams it starts, which is the number of index rows it starts (a common
	 * two-character prefix has a few dozen grams, where counting its index rows read 1,000).
	 */
	private List<Probe> weighed(List<Probe> probes) {
		if (probes.isEmpty()) {
			return probes;
		}
		Map<String, Object> params = new HashMap<>();
		List<String> counts = new ArrayList<>();
		for (int i = 0; i < probes.size(); i++) {
			Probe probe = probes.get(i);
			params.put("field" + i, probe.field());
			if (probe.prefix()) {
				params.put("gram" + i, escape(probe.gram()) + "%");
				counts.add("(select coalesce(sum(cases), 0) from (select cases from case_search_weight where field = :field"
						+ i + " and gram like :gram" + i + " escape '!' limit " + COMMON + ") x" + i + ") w" + i);
			}
			else {
				params.put("gram" + i, probe.gram());
				counts.add("coalesce((select cases from case_search_weight where field = :field" + i + " and gram = :gram"
						+ i + "), 0) w" + i);
			}
		}
		return jdbc.sql("select " + String.join(", ", counts)).params(params).query((rs, n) -> {
			List<Probe> counted = new ArrayList<>();
			for (int i = 0; i < probes.size(); i++) {
				counted.add(probes.get(i).counted(rs.getInt(i + 1)));
			}
			return counted;
		}).single().stream().sorted(Comparator.comparingInt(Probe::count)).toList();
	}

	private List<String> candidates(Probe probe) {
		return jdbc.sql("select distinct case_id from case_search_gram where field = :field and gram like :gram escape '!'")
			.param("field", probe.field())
			.param("gram", escape(probe.gram()) + "%")
			.query(String.class)
			.list();
	}

	private static CaseSummary summary(ResultSet rs, LocalDate today) throws SQLException {
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
		return new CaseSummary(UUID.fromString(rs.getString("id").strip()), rs.getString("case_number"),
				CaseType.valueOf(rs.getString("case_type")), status.name(), rs.getString("right_type"),
				rs.getString("right_number"), rs.getBoolean("anonymous") ? null : rs.getString("applicant_name"),
				rs.getString("counterparty"), rs.getObject("received_at", LocalDateTime.class),
				rs.getObject("received_on", LocalDate.class), dueOn, rs.getString("handler"),
				status.open() && dueOn != null && dueOn.isBefore(today));
	}

	private static String contains(String fragment) {
		return "%" + escape(fragment) + "%";
	}

	private static String escape(String fragment) {
		return fragment.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	/**
	 * One gram of a fragment to look up, with how many cases hold it (a prefix: up to {@link #COMMON}).
	 */
	record Probe(String field, String gram, boolean prefix, int count) {

		Probe counted(int rows) {
			return new Probe(field, gram, prefix, rows);
		}
	}
}
