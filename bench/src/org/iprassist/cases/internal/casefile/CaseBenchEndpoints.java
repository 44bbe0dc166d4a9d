package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.PageResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bench-only endpoints for {@code bench/cases}, compiled into {@code bench/target/classes} and never
 * part of the application jar ({@code /bench/**} is opened by the tenants bench configuration).
 * Three forms of the same case list in one unit:
 * <ul>
 * <li>{@code keyset}: what the product does — the page after a cursor (the last row of the
 * previous page; the cursors are looked up once by {@code prepare}, as a client following "next"
 * links holds them), served from the {@code (received_at desc, id desc)} index, no count;</li>
 * <li>{@code naive}: a Spring Data {@code Page} of the same query (count + offset);</li>
 * <li>{@code search}: the product's search ({@link CaseManagement#list} with a fragment, answered
 * through the n-gram index {@code case_search_gram}), over a mix of fragments: a common word of a
 * party name, a name piece that ends in a case's serial, a piece of a right number and a
 * counterparty's trade;</li>
 * <li>{@code search-scan}: the same fragments as a plain {@code LIKE '%…%'} over the list index, no
 * n-gram index: the baseline the search is compared with in the same run.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CaseBenchEndpoints {

	@RestController
	static class CaseBenchController {

		static final int SIZE = 20;

		static final String[] FRAGMENTS = { "科技", "贸易", "制造", "电子", "机械", "食品", "材料", "医药" };

		static final String[] TRADES = { "商贸", "实业", "网络", "工贸", "日化", "五金", "服饰" };

		static final int ROWS = Integer.getInteger("bench.rows", 100_000);

		private final CaseManagement work;

		private final Cases cases;

		private final TenantWork tenantWork;

		private final JdbcClient jdbc;

		private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();

		private final MeterRegistry meters;

		CaseBenchController(CaseManagement work, Cases cases, TenantWork tenantWork, JdbcClient jdbc, MeterRegistry meters) {
			this.work = work;
			this.cases = cases;
			this.tenantWork = tenantWork;
			this.jdbc = jdbc;
			this.meters = meters;
		}

		/**
		 * Where a request's time goes in the pool, over the last seconds of load (the bench sets the
		 * Hikari timers' percentiles and a short expiry): waiting for a connection against holding one.
		 * A tail that waiting has and holding has not is pool contention, not the query.
		 */
		@GetMapping("/bench/cases/pool")
		String pool() {
			return timer("hikaricp.connections.acquire", "waiting for a connection") + " | "
					+ timer("hikaricp.connections.usage", "holding it");
		}

		private String timer(String name, String label) {
			Timer timer = meters.find(name).timer();
			if (timer == null) {
				return label + ": no timer " + name;
			}
			HistogramSnapshot snapshot = timer.takeSnapshot();
			StringBuilder text = new StringBuilder(label);
			for (ValueAtPercentile value : snapshot.percentileValues()) {
				text.append(String.format(" p%.0f %.1f ms", value.percentile() * 100, value.value(TimeUnit.MILLISECONDS)));
			}
			return text.append(String.format(" max %.1f ms", snapshot.max(TimeUnit.MILLISECONDS))).toString();
		}

		/**
		 * Looks up the cursors of pages 1..pages-1 in one query, before the load starts, as clients
		 * following "next" links already hold them.
		 */
		@GetMapping("/bench/cases/{unit}/prepare")
		int prepare(@PathVariable String unit, @RequestParam int pages) {
			List<Cursor> rows = in(unit, () -> jdbc
				.sql("select received_at, id from case_file order by received_at desc, id desc limit ?")
				.param(pages * SIZE)
				.query((rs, n) -> new Cursor(rs.getObject(1, LocalDateTime.class), UUID.fromString(rs.getString(2))))
				.list());
			for (int page = 1; page < pages && page * SIZE - 1 < rows.size(); page++) {
				cursors.put(unit + ":" + page, rows.get(page * SIZE - 1));
			}
			return cursors.size();
		}

		@GetMapping("/bench/cases/{unit}/keyset")
		List<CaseSummary> keyset(@PathVariable String unit, @RequestParam int page) {
			Cursor cursor = page == 0 ? new Cursor(null, null) : cursors.get(unit + ":" + page);
			return in(unit, () -> work.list(new CaseFilter(null, null, null, null, null, null, cursor.at(), cursor.id()),
					SIZE));
		}

		@GetMapping("/bench/cases/{unit}/naive")
		PageResponse<CaseSummary> naive(@PathVariable String unit, @RequestParam int page) {
			return in(unit, () -> naivePage(page));
		}

		@GetMapping("/bench/cases/{unit}/search")
		List<CaseSummary> search(@PathVariable String unit, @RequestParam int page) {
			CaseFilter filter = searchFilter(page);
			return in(unit, () -> work.list(filter, SIZE));
		}

		@GetMapping("/bench/cases/{unit}/search-scan")
		List<String> searchScan(@PathVariable String unit, @RequestParam int page) {
			CaseFilter filter = searchFilter(page);
			String where = filter.partyFragment() != null
					? "lower(applicant_name) like :like or lower(counterparty) like :like"
					: "upper(right_number) like :like";
			String like = "%" + (filter.partyFragment() != null ? filter.partyFragment() : filter.rightNumberFragment()) + "%";
			return in(unit, () -> jdbc
				.sql("select case_number from case_file where " + where + " order by received_at desc, id desc limit " + SIZE)
				.param("like", like)
				.query(String.class)
				.list());
		}

		/**
		 * The fragment searched for on a page: one of four kinds in turn, the serials spread over the
		 * seeded cases so that most are not cached from the previous request.
		 */
		static CaseFilter searchFilter(int page) {
			int serial = 1 + (int) ((page * 7919L) % ROWS);
			return switch (page % 4) {
				case 0 -> new CaseFilter(null, null, FRAGMENTS[(page / 4) % FRAGMENTS.length], null, null, null, null, null);
				case 1 -> new CaseFilter(null, null, "有限公司" + serial, null, null, null, null, null);
				case 2 -> new CaseFilter(null, null, null, "2019" + String.format("%06d", serial), null, null, null, null);
				default -> new CaseFilter(null, null, "某" + TRADES[(page / 4) % TRADES.length], null, null, null, null, null);
			};
		}

		PageResponse<CaseSummary> naivePage(int page) {
			java.time.LocalDate today = java.time.LocalDate.now();
			return PageResponse.of(cases.findAll((root, query, cb) -> cb.conjunction(),
					PageRequest.of(page, SIZE, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))))
				.map(found -> found.toSummary(today)));
		}

		private <T> T in(String unit, java.util.function.Supplier<T> work) {
			return tenantWork.unit(unit).call(work);
		}

		record Cursor(LocalDateTime at, UUID id) {
		}
	}
}
