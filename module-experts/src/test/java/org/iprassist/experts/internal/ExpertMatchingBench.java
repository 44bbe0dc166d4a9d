package org.iprassist.experts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import iprassist.testsupport.TestDatabase;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.iprassist.experts.RightType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * Matching against a pool of 5,000 active experts, measured from a sub-centre (so each call crosses
 * into the regional centre's schema): median and 95th percentile over many calls, next to a plain
 * {@code SELECT} of the same page size through the same path. Run by {@code bench/experts-matching}
 * ({@code -Dipr.bench=true}, add {@code -Dipr.test.db=mariadb} for MariaDB); skipped otherwise.
 * Fails if the median exceeds the 50 ms target.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@EnabledIfSystemProperty(named = "ipr.bench", matches = "true")
class ExpertMatchingBench {

	static final int POOL = 5_000;

	static final int PAGE = 20;

	static final int WARMUP = 100;

	static final int RUNS = 300;

	@Autowired
	TenantWork tenantWork;

	@Autowired
	ExpertMatching matching;

	@Autowired
	CentreSchema centre;

	@Autowired
	Experts experts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void matchingAFiveThousandExpertPool() throws IOException {
		seed();
		MatchRequest request = new MatchRequest(RightType.PATENT, "H04L",
				List.of("ＡＢＣ科技（集团）有限公司", "广西某某电子有限公司", "南宁某科技有限公司"), PAGE);
		Supplier<Object> match = () -> in("gx-liuzhou", () -> matching.match(request));
		Supplier<Object> select = () -> in("gx-liuzhou", () -> centre.read(() -> jdbc
			.sql("select id, name, title, employer, rating from expert where status = 'ACTIVE' order by name, id limit "
					+ PAGE)
			.query()
			.listOfRows()));
		Matching sample = (Matching) match.get();
		assertThat(sample.candidates()).hasSize(PAGE);
		assertThat(sample.exclusions()).isNotEmpty();

		long[] matchTimes = time(match);
		long[] selectTimes = time(select);
		double matchMedian = median(matchTimes);
		double selectMedian = median(selectTimes);
		String database = TestDatabase.isMariaDb() ? "MariaDB" : "H2";
		String report = String.format("""
				BENCH experts-matching (%s, pool %d active experts, page %d, %d runs after %d warm-up)
				BENCH   matching : median %.2f ms, p95 %.2f ms (target <= 50 ms median)
				BENCH   plain SELECT of %d rows: median %.2f ms, p95 %.2f ms
				BENCH   ratio matching / SELECT (medians): %.1f
				BENCH   exclusions per match: %d
				""", database, POOL, PAGE, RUNS, WARMUP, matchMedian, percentile(matchTimes, 95), PAGE, selectMedian,
				percentile(selectTimes, 95), matchMedian / selectMedian, sample.exclusions().size());
		System.out.print(report);
		Path out = Path.of("target", "bench-experts-matching.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		assertThat(matchMedian).isLessThanOrEqualTo(50.0);
	}

	private void seed() {
		TenantWork.Scope centre = tenantWork.unit("gx-centre");
		String[] employers = { "广西大学", "桂林电子科技大学", "ABC科技有限公司", "广西知识产权代理有限公司", "广西民族大学" };
		String[] fields = { "H04L,G06F", "H04W", "H01L", "G06Q", "A01B", "C12N", "B60K", "14-03" };
		LocalDateTime now = LocalDateTime.now();
		for (int batch = 0; batch < POOL / 500; batch++) {
			int from = batch * 500;
			centre.write(() -> {
				List<ExpertEntity> rows = new ArrayList<>();
				for (int i = from; i < from + 500; i++) {
					ExpertForm form = new ExpertForm("专家" + i, "教授", employers[i % employers.length] + (i % 7 == 0 ? "" : i),
							"专利代理师", i % 3 == 0 ? List.of(RightType.TRADEMARK) : List.of(RightType.PATENT),
							fields[i % fields.length], null, null, null, null, i % 11 == 0 ? "南宁某科技有限公司" : null, null);
					ExpertEntity expert = new ExpertEntity(form, null, "gx-centre", now);
					expert.moveTo(ExpertStatus.ACTIVE);
					expert.rate(java.math.BigDecimal.valueOf(30 + i % 20, 1));
					rows.add(expert);
				}
				experts.saveAll(rows);
			});
		}
	}

	private static long[] time(Supplier<Object> work) {
		for (int i = 0; i < WARMUP; i++) {
			work.get();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static double median(long[] sorted) {
		return sorted[sorted.length / 2] / 1_000_000.0;
	}

	private static double percentile(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1_000_000.0;
	}

	private <T> T in(String unit, Supplier<T> work) {
		return tenantWork.unit(unit).call(work);
	}
}
