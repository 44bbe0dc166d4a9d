package org.iprassist.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import iprassist.testsupport.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.VisitMade;
import org.iprassist.enterprise.VisitPlanSubmitted;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseForm;
import org.iprassist.enterprise.internal.EnterpriseForms.NeedForm;
import org.iprassist.enterprise.internal.EnterpriseForms.Review;
import org.iprassist.enterprise.internal.EnterpriseForms.VisitForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module's scenario: Liuzhou registers enterprises (one import refused whole for its bad
 * rows), plans them, submits the plan, visits one and answers and closes the need it raised;
 * the regional centre sees the plan against the visits and accepts it; Nanning sees none of it.
 * Nanning's case study, accepted and made public, is on the province's public page.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
class EnterpriseServicesScenarioTests {

	static final IprUser LIUZHOU = new IprUser(UUID.randomUUID(), "liuzhou-staff", "liuzhou-staff", null, true,
			List.of(Membership.unit("gx-liuzhou", Role.STAFF)));

	static final IprUser CENTRE = new IprUser(UUID.randomUUID(), "centre-staff", "centre-staff", null, true,
			List.of(Membership.unit("gx-centre", Role.STAFF)));

	@Autowired
	TenantWork tenantWork;

	@Autowired
	EnterpriseManagement register;

	@Autowired
	VisitManagement visits;

	@Autowired
	PlanReviewManagement reviews;

	@Autowired
	CaseStudyManagement caseStudies;

	@Autowired
	CaseStudyReviewManagement caseReviews;

	@Autowired
	JdbcClient jdbc;

	@Test
	void planVisitNeedAnsweredAndThePlanReviewedByTheCentre(AssertablePublishedEvents events) throws Exception {
		int year = LocalDate.now().getYear();
		var bad = workbook(List.of("柳州甲机械有限公司", "91450200MA5KXXXX00", "机械", "柳州市", "中型", "", "", "3", "1", "F16"),
				List.of("柳州乙化工有限公司", "91350100M000100Y43", "化工", "柳州市", "特大型", "", "", "-1", "", ""));
		var problems = in("gx-liuzhou", () -> register.importWorkbook(bad, LIUZHOU));
		assertThat(problems).extracting(EnterpriseForms.RowProblem::row).containsExactly(2, 3);
		assertThat(problems.get(1).reason()).contains("特大型").contains("-1");
		assertThat(in("gx-liuzhou", () -> register.list(LIUZHOU))).isEmpty();

		var good = workbook(List.of("柳州乙化工有限公司", "91350100M000100Y43", "化工", "柳州市", "小型", "覃经理", "13907720002",
				"12", "3", "C07"));
		assertThat(in("gx-liuzhou", () -> register.importWorkbook(good, LIUZHOU))).isEmpty();
		UUID chemical = in("gx-liuzhou", () -> register.list(LIUZHOU)).get(0).id();
		assertThat(in("gx-liuzhou", () -> register.list(LIUZHOU)).get(0).contactPhone()).isEqualTo("139****0002");
		assertThat(jdbc.sql("select contact_phone from " + schema("gx-liuzhou") + ".enterprise").query(String.class).single())
			.doesNotContain("13907720002");
		assertThatThrownBy(() -> in("gx-liuzhou", () -> register.register(form("柳州乙化工", "91350100M000100Y43"), LIUZHOU)))
			.isInstanceOf(ConflictException.class);

		in("gx-liuzhou", () -> visits.savePlan(year, List.of(chemical), LIUZHOU));
		in("gx-liuzhou", () -> visits.submitPlan(year, LIUZHOU));
		assertThat(events.ofType(VisitPlanSubmitted.class)
			.matching(e -> e.unitCode().equals("gx-liuzhou") && e.planYear() == year && e.enterprises() == 1)).hasSize(1);
		assertThatThrownBy(() -> in("gx-liuzhou", () -> visits.savePlan(year, List.of(), LIUZHOU)))
			.isInstanceOf(ConflictException.class);

		LocalDate day = LocalDate.now();
		var visit = in("gx-liuzhou", () -> visits.record(new VisitForm(chemical, day, "韦明、覃丽",
				Set.of(VisitService.POLICY_BRIEFING, VisitService.LEGAL_CONSULTATION), null,
				List.of(new NeedForm("海外商标布局咨询", "韦明", day.minusDays(1)))), LIUZHOU));
		assertThat(events.ofType(VisitMade.class)
			.matching(e -> e.unitCode().equals("gx-liuzhou") && e.visitId().equals(visit.id())
					&& e.creditCode().equals("91350100M000100Y43"))).hasSize(1);
		var need = visit.needs().get(0);
		assertThat(in("gx-liuzhou", () -> visits.openNeeds())).singleElement().satisfies(n -> assertThat(n.overdue()).isTrue());
		assertThatThrownBy(() -> in("gx-liuzhou", () -> visits.close(need.id(), LIUZHOU))).isInstanceOf(ConflictException.class);
		in("gx-liuzhou", () -> visits.answer(need.id(), "已提供马德里体系申请指引", LIUZHOU));
		in("gx-liuzhou", () -> visits.close(need.id(), LIUZHOU));
		assertThat(in("gx-liuzhou", () -> visits.openNeeds())).isEmpty();

		var overview = in("gx-centre", () -> reviews.overview(year, CENTRE));
		assertThat(overview).filteredOn(u -> u.unitCode().equals("gx-liuzhou")).singleElement().satisfies(u -> {
			assertThat(u.status()).isEqualTo(VisitPlanStatus.SUBMITTED);
			assertThat(u.planned()).isEqualTo(1);
			assertThat(u.visited()).isEqualTo(1);
		});
		in("gx-centre", () -> reviews.review(new Review("gx-liuzhou", year, true, null), CENTRE));
		assertThat(in("gx-liuzhou", () -> visits.plan(year)).status()).isEqualTo(VisitPlanStatus.ACCEPTED);
		assertThatThrownBy(() -> in("gx-liuzhou", () -> reviews.overview(year, LIUZHOU)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		assertThatThrownBy(() -> in("gx-nanning", () -> register.detail(chemical, LIUZHOU)))
			.isInstanceOf(NotFoundException.class);
		assertThat(in("gx-nanning", () -> visits.plan(year)).enterprises()).isEmpty();
	}

	@Test
	void aNanningCaseStudyAcceptedAndMadePublicIsOnTheProvincesPage(AssertablePublishedEvents events) {
		IprUser nanning = new IprUser(UUID.randomUUID(), "nanning-staff", "nanning-staff", null, true,
				List.of(Membership.unit("gx-nanning", Role.STAFF)));
		var noSource = new CaseStudyForms.CaseStudyForm("无来源", null, null, "摘要", "正文");
		assertThatThrownBy(() -> in("gx-nanning", () -> caseStudies.write(noSource, nanning)))
			.isInstanceOf(org.iprassist.core.web.BadRequestException.class);
		var study = in("gx-nanning", () -> caseStudies.write(new CaseStudyForms.CaseStudyForm("南宁某企业商标被抢注维权案",
				null, "GX-NN-2026-0012", "协助企业通过异议程序夺回商标", "2026年3月，南宁某食品企业……"), nanning));
		assertThatThrownBy(() -> in("gx-centre", () -> caseReviews.review(
				new CaseStudyForms.CaseStudyReview("gx-nanning", study.id(), true, true, null), CENTRE)))
			.isInstanceOf(ConflictException.class);
		in("gx-nanning", () -> caseStudies.submit(study.id(), nanning));
		assertThat(events.ofType(org.iprassist.enterprise.CaseStudySubmitted.class)
			.matching(e -> e.unitCode().equals("gx-nanning") && e.caseStudyId().equals(study.id()))).hasSize(1);
		assertThat(in("gx-centre", () -> caseReviews.submitted(CENTRE))).extracting(CaseStudyForms.CaseStudyView::id)
			.contains(study.id());
		assertThat(caseReviews.publicCaseStudies("gx")).noneMatch(c -> c.id().equals(study.id()));

		in("gx-centre", () -> caseReviews.review(new CaseStudyForms.CaseStudyReview("gx-nanning", study.id(), true, true,
				"很典型"), CENTRE));
		assertThat(events.ofType(org.iprassist.enterprise.CaseStudyAccepted.class)
			.matching(e -> e.unitCode().equals("gx-nanning") && e.madePublic())).hasSize(1);
		assertThat(in("gx-nanning", () -> caseStudies.find(study.id())).status()).isEqualTo(CaseStudyStatus.ACCEPTED);
		assertThat(caseReviews.publicCaseStudies("gx")).singleElement()
			.satisfies(c -> assertThat(c.title()).isEqualTo("南宁某企业商标被抢注维权案"));
		assertThat(caseReviews.publicCaseStudy("gx", study.id()).orElseThrow().body()).startsWith("2026年3月");
		assertThatThrownBy(() -> caseReviews.publicCaseStudies("zz")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> in("gx-liuzhou", () -> caseStudies.find(study.id()))).isInstanceOf(NotFoundException.class);
	}

	private static EnterpriseForm form(String name, String creditCode) {
		return new EnterpriseForm(name, creditCode, null, null, EnterpriseSize.SMALL, null, null, null, null, null);
	}

	private String schema(String unit) {
		return jdbc.sql("select schema_name from unit where code = ?").param(unit).query(String.class).optional()
			.orElse("t_" + unit.replace('-', '_'));
	}

	private static MockMultipartFile workbook(List<?>... rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < EnterpriseManagement.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(EnterpriseManagement.COLUMNS.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].size(); c++) {
					row.createCell(c).setCellValue(String.valueOf(rows[r].get(c)));
				}
			}
			book.write(out);
			return new MockMultipartFile("file", "enterprises.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
		}
	}

	private <T> T in(String unit, Supplier<T> work) {
		return tenantWork.unit(unit).call(work);
	}
}
