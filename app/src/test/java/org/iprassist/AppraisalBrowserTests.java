package org.iprassist;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import iprassist.appsupport.BrowserSession;
import iprassist.testsupport.TestDatabase;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.VolunteerActivityHeld;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The regional console of the work plan in a real browser: the matrix and the three ECharts
 * charts drawn from recorded work, the recompute with its progress bar, a unit's drill-down, and
 * the unit's own plan page. Screenshots go to {@code target/screenshots/appraisal-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-nanning,gx-liuzhou,gx-guilin,gx-beihai")
@Tag("browser")
class AppraisalBrowserTests {

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1400, 1500).waitingUpTo(Duration.ofSeconds(15));

	@Autowired
	TenantWork tenantWork;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRegionalAdminSeesTheProvinceAtAGlanceAndDrillsIntoAUnit() {
		record("gx-centre", 3, 4, 6, 9);
		record("gx-liuzhou", 5, 7);
		record("gx-guilin", 8);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from appraisal_counted_event where event_type = 'experts.VolunteerActivityHeld'")
				.query(Integer.class)
				.single() == 7);

		browser.logIn("centre-admin");
		browser.open("/r/gx/appraisal");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-items canvas")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-months canvas")));
		assertThat(browser.findAll(By.cssSelector("#matrix tbody tr"))).hasSize(5);
		assertThat(browser.find(By.id("cell-gx-centre-21")).getAttribute("data-status")).isEqualTo("LATE");
		assertThat(browser.find(By.cssSelector("#portal-menu")).getText()).contains("工作计划", "进度与考核");
		browser.screenshot("appraisal-1-console");

		browser.click(browser.find(By.id("recompute")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recompute-progress"), "重新计算完成"));
		assertThat(jdbc.sql("select count(*) from appraisal_counted_event where event_type = 'experts.VolunteerActivityHeld'")
			.query(Integer.class)
			.single()).isEqualTo(7);
		browser.screenshot("appraisal-2-recomputed");

		browser.open("/r/gx/appraisal/units/gx-centre");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
		assertThat(browser.find(By.id("records")).getText()).contains("experts.VolunteerActivityHeld");
		browser.screenshot("appraisal-3-drill-down");

		browser.open("/r/gx/plan");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-table")));
		assertThat(browser.findAll(By.cssSelector("#plan-table tbody tr"))).hasSize(23);
		browser.screenshot("appraisal-4-plan");

		browser.open("/r/gx/appraisal/sheets/gx-centre");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
		browser.screenshot("appraisal-5-sheet");
	}

	@Test
	void aUnitSeesItsOwnTargets() {
		browser.logIn("liuzhou-staff");
		browser.open("/t/gx-liuzhou/plan");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-targets")));
		assertThat(browser.find(By.id("late")).getText()).contains("分中心出具维权援助咨询意见书");
		browser.screenshot("appraisal-6-unit-plan");
	}

	private void record(String unit, int... months) {
		for (int month : months) {
			VolunteerActivityHeld event = new VolunteerActivityHeld(unit, UUID.randomUUID(), UUID.randomUUID(),
					"知识产权宣传周志愿服务", LocalDate.of(2020, month, 20), 8, new BigDecimal("24.0"));
			tenantWork.unit(unit).write(() -> events.publishEvent(event));
		}
	}
}
