package org.iprassist.cases.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
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
 * <li>{@code search}: the list filtered by a fragment of a party's name.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CaseBenchEndpoints {

	@RestController
	static class CaseBenchController {

		static final int SIZE = 20;

		static final String[] FRAGMENTS = { "科技", "贸易", "制造", "电子", "机械", "食品", "材料", "医药" };

		private final CaseWork work;

		private final Cases cases;

		private final TenantDirectory tenants;

		private final JdbcClient jdbc;

		private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();

		CaseBenchController(CaseWork work, Cases cases, TenantDirectory tenants, JdbcClient jdbc) {
			this.work = work;
			this.cases = cases;
			this.tenants = tenants;
			this.jdbc = jdbc;
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
			String fragment = FRAGMENTS[page % FRAGMENTS.length];
			return in(unit,
					() -> work.list(new CaseFilter(null, null, fragment, null, null, null, null, null), SIZE));
		}

		PageResponse<CaseSummary> naivePage(int page) {
			java.time.LocalDate today = java.time.LocalDate.now();
			return PageResponse.of(cases.findAll(CaseFilter.of(null).toSpecification(),
					PageRequest.of(page, SIZE, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))))
				.map(found -> found.toSummary(today)));
		}

		private <T> T in(String unit, java.util.function.Supplier<T> work) {
			TenantDescriptor tenant = tenants.find(new UnitCode(unit)).orElseThrow();
			return Tenancy.callAs(tenant, work);
		}

		record Cursor(LocalDateTime at, UUID id) {
		}
	}
}
