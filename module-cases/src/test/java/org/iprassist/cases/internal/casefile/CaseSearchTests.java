package org.iprassist.cases.internal.casefile;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import iprassist.testsupport.TestDatabase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import org.iprassist.cases.internal.CaseSearchBackfill;
import org.iprassist.cases.internal.StubExperts;
import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.assistance.AssistanceApplicationManagement;
import org.iprassist.cases.internal.complaints.ComplaintForm;
import org.iprassist.cases.internal.complaints.ComplaintManagement;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.RightType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case search answers exactly what a {@code LIKE '%…%'} scan of the cases answers, whatever
 * the fragment: across two grams, one character, a piece of a right number, letters in another
 * case, {@code %} and {@code _} taken literally; for cases received by staff, through the public
 * form and as complaints, page after page, and after the index is rebuilt from the cases alone.
 * Runs on H2 and, with {@code IPR_TEST_DB=mariadb}, on MariaDB with its case-insensitive collation.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "cases.ecommerce", "cases.exhibitions",
		"cases.hotline", "cases.enforcement" })
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(StubExperts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchTests {

	@Autowired
	TenantWork tenantWork;

	@Autowired
	AssistanceApplicationManagement applications;

	@Autowired
	ComplaintManagement complaintManagement;

	@Autowired
	CaseManagement work;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	CaseSummary staff;

	CaseSummary publicForm;

	CaseSummary complaint;

	CaseSummary literal;

	@BeforeAll
	void receiveCases() {
		staff = inNanning(() -> applications.receive(
				application("南宁青秀山茶业有限公司", "柳州ABC食品厂", "ZL201920123456.5"), List.of(), CaseSource.STAFF,
				"nanning-staff"));
		publicForm = inNanning(() -> applications.receive(
				application("桂林漓江山水科技有限公司", "某网店", "ZL201810765432." + check("201810765432")), List.of(),
				CaseSource.PUBLIC, "anonymous"));
		complaint = inNanning(() -> complaintManagement.receive(new ComplaintForm(false, "北海举报人", null, "玉林abc贸易商行",
				RightType.PATENT, "CN110123456A", "销售假冒专利产品", "玉林"), List.of(), "nanning-staff"));
		literal = inNanning(() -> applications.receive(application("百分之100%纯A_B公司", "AxB公司", "ZL201920123456.5"),
				List.of(), CaseSource.STAFF, "nanning-staff"));
	}

	@Test
	void aFragmentAcrossTwoGramsFindsTheCasesThatHoldIt() {
		assertThat(partySearch("青秀山茶")).isEqualTo(likeScan("青秀山茶")).contains(staff.id())
			.doesNotContain(publicForm.id(), complaint.id());
		assertThat(partySearch("漓江山水科技")).isEqualTo(likeScan("漓江山水科技")).contains(publicForm.id())
			.doesNotContain(staff.id());
		assertThat(partySearch("青秀江")).isEqualTo(likeScan("青秀江")).doesNotContain(staff.id(), publicForm.id());
	}

	@Test
	void twoCharactersFindEveryCaseWithThemAnywhereInAName() {
		assertThat(partySearch("秀山")).isEqualTo(likeScan("秀山")).contains(staff.id()).doesNotContain(publicForm.id());
		assertThat(partySearch("品厂")).isEqualTo(likeScan("品厂")).contains(staff.id());
		assertThat(partySearch("公司")).isEqualTo(likeScan("公司")).contains(staff.id(), publicForm.id(), literal.id());
	}

	@Test
	void oneCharacterFindsEveryCaseWithItAnywhereInAName() {
		assertThat(partySearch("漓")).isEqualTo(likeScan("漓")).contains(publicForm.id()).doesNotContain(staff.id());
		assertThat(partySearch("厂")).isEqualTo(likeScan("厂")).contains(staff.id());
		assertThat(partySearch("公")).isEqualTo(likeScan("公")).contains(staff.id(), publicForm.id(), literal.id());
		assertThat(partySearch("鑫")).isEqualTo(likeScan("鑫")).isEmpty();
	}

	@Test
	void lettersMatchWhateverTheirCase() {
		assertThat(partySearch("abc")).isEqualTo(likeScan("abc")).contains(staff.id(), complaint.id());
		assertThat(partySearch("AbC食")).isEqualTo(likeScan("abc食")).contains(staff.id()).doesNotContain(complaint.id());
		assertThat(partySearch("a")).isEqualTo(likeScan("a")).contains(staff.id(), complaint.id(), literal.id());
	}

	@Test
	void percentAndUnderscoreAreTakenLiterally() {
		assertThat(partySearch("%")).isEqualTo(likeScan("%")).containsExactly(literal.id());
		assertThat(partySearch("a_b")).isEqualTo(likeScan("a_b")).containsExactly(literal.id());
		assertThat(partySearch("0%纯")).containsExactly(literal.id());
	}

	@Test
	void aPieceOfARightNumberFindsItsCases() {
		assertThat(rightNumberSearch("20123456")).contains(staff.id(), literal.id())
			.doesNotContain(publicForm.id(), complaint.id());
		assertThat(rightNumberSearch("cn1101")).contains(complaint.id()).doesNotContain(staff.id());
		assertThat(rightNumberSearch("0765432.")).containsExactly(publicForm.id());
		assertThat(rightNumberSearch("6")).contains(staff.id(), publicForm.id(), complaint.id());
	}

	@Test
	void searchesPageByKeysetWithoutLosingOrRepeatingACase() {
		List<UUID> all = likeScan("公");
		List<UUID> paged = new ArrayList<>();
		CaseSummary last = null;
		do {
			CaseSummary after = last;
			List<CaseSummary> page = inNanning(() -> work.list(new CaseFilter(null, null, "公", null, null, null,
					after == null ? null : after.receivedAt(), after == null ? null : after.id()), 2));
			page.forEach(found -> paged.add(found.id()));
			last = page.size() < 2 ? null : page.get(page.size() - 1);
		}
		while (last != null);
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void theIndexRebuiltFromTheCasesAloneAnswersTheSame() {
		List<List<UUID>> before = List.of(partySearch("青秀山"), partySearch("a"), rightNumberSearch("20123456"));
		inNanning(() -> {
			jdbc.sql("delete from case_search_gram").update();
			try (Connection connection = dataSource.getConnection()) {
				new CaseSearchBackfill().execute(
						DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		});
		assertThat(List.of(partySearch("青秀山"), partySearch("a"), rightNumberSearch("20123456"))).isEqualTo(before);
		assertThat(inNanning(() -> jdbc.sql("select count(*) from case_search_gram where case_id = ?")
			.param(staff.id().toString())
			.query(Integer.class)
			.single())).isEqualTo(CaseSearchIndex
				.rows(staff.id().toString(), staff.receivedAt(), staff.applicantName(), staff.counterparty(),
						staff.rightNumber())
				.size());
	}

	@Test
	void everyGramWeighsAsManyCasesAsHoldIt() {
		Map<String, Integer> weights = inNanning(() -> jdbc.sql("select field, gram, cases from case_search_weight")
			.query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getInt(3)))
			.list()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, Integer> held = inNanning(
				() -> jdbc.sql("select field, gram, count(distinct case_id) from case_search_gram group by field, gram")
					.query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getInt(3)))
					.list()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(weights).isEqualTo(held).containsKey("P:青秀山");
	}

	List<UUID> partySearch(String fragment) {
		return ids(new CaseFilter(null, null, fragment, null, null, null, null, null));
	}

	List<UUID> rightNumberSearch(String fragment) {
		return ids(new CaseFilter(null, null, null, fragment, null, null, null, null));
	}

	List<UUID> ids(CaseFilter filter) {
		return inNanning(() -> work.list(filter, CaseManagement.MAX_PAGE)).stream().map(CaseSummary::id).toList();
	}

	/**
	 * The reference: every case whose applicant or counterparty contains the fragment, found by a
	 * scan that uses no index, letters compared in lower case, in list order.
	 */
	List<UUID> likeScan(String fragment) {
		String pattern = "%" + fragment.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
				+ "%";
		return inNanning(() -> jdbc
			.sql("select id from case_file where lower(applicant_name) like ? escape '!' or lower(counterparty) like ? escape '!'"
					+ " order by received_at desc, id desc limit " + CaseManagement.MAX_PAGE)
			.params(pattern, pattern)
			.query((rs, n) -> UUID.fromString(rs.getString(1).strip()))
			.list());
	}

	static ApplicationForm application(String applicant, String counterparty, String rightNumber) {
		return new ApplicationForm(ApplicantKind.ENTERPRISE, applicant, null, "13800138000", "91450100MA5KB3XW44",
				RightType.PATENT, rightNumber, counterparty, "对方未经许可销售涉案专利产品。");
	}

	static char check(String digits) {
		return PatentNumbers.checkCharacter(digits);
	}

	<T> T inNanning(Supplier<T> work) {
		return tenantWork.unit("gx-nanning").call(work);
	}
}
