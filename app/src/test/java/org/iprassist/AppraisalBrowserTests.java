package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import iprassist.testsupport.TestDatabase;
import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.experts.VolunteerActivityHeld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The regional console of the work plan in a real browser: the matrix and the three ECharts
 * charts drawn from recorded work, the recompute with its progress bar, a unit's drill-down, and
 * the unit's own plan page. Screenshots go to {@code target/screenshots/appraisal-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class AppraisalBrowserTests {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	WebDriverWait wait;

	Path profileDir;

	@BeforeEach
	void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profileDir = Files.createTempDirectory("ipr-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1500", "--user-data-dir=" + profileDir);
		browser = new ChromeDriver(options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void quitBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profileDir != null) {
			try (Stream<Path> files = Files.walk(profileDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void theRegionalAdminSeesTheProvinceAtAGlanceAndDrillsIntoAUnit() {
		record("gx-centre", 3, 4, 6, 9);
		record("gx-liuzhou", 5, 7);
		record("gx-guilin", 8);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from appraisal_counted_event where event_type = 'experts.VolunteerActivityHeld'")
				.query(Integer.class)
				.single() == 7);

		logIn("centre-admin");
		browser.get(url("/r/gx/appraisal"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-items canvas")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-months canvas")));
		assertThat(browser.findElements(By.cssSelector("#matrix tbody tr"))).hasSize(21);
		assertThat(browser.findElement(By.id("cell-gx-centre-21")).getAttribute("data-status")).isEqualTo("LATE");
		assertThat(browser.findElement(By.cssSelector("#portal-menu")).getText()).contains("工作计划", "进度与考核");
		screenshot("appraisal-1-console");

		click(browser.findElement(By.id("recompute")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recompute-progress"), "重新计算完成"));
		assertThat(jdbc.sql("select count(*) from appraisal_counted_event where event_type = 'experts.VolunteerActivityHeld'")
			.query(Integer.class)
			.single()).isEqualTo(7);
		screenshot("appraisal-2-recomputed");

		browser.get(url("/r/gx/appraisal/units/gx-centre"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records")));
		assertThat(browser.findElement(By.id("records")).getText()).contains("experts.VolunteerActivityHeld");
		screenshot("appraisal-3-drill-down");

		browser.get(url("/r/gx/plan"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-table")));
		assertThat(browser.findElements(By.cssSelector("#plan-table tbody tr"))).hasSize(23);
		screenshot("appraisal-4-plan");

		browser.get(url("/r/gx/appraisal/sheets/gx-centre"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
		screenshot("appraisal-5-sheet");
	}

	@Test
	void aUnitSeesItsOwnTargets() {
		logIn("liuzhou-staff");
		browser.get(url("/t/gx-liuzhou/plan"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-targets")));
		assertThat(browser.findElement(By.id("late")).getText()).contains("分中心出具维权援助咨询意见书");
		screenshot("appraisal-6-unit-plan");
	}

	private void record(String unit, int... months) {
		for (int month : months) {
			VolunteerActivityHeld event = new VolunteerActivityHeld(unit, UUID.randomUUID(), UUID.randomUUID(),
					"知识产权宣传周志愿服务", LocalDate.of(2020, month, 20), 8, new BigDecimal("24.0"));
			Tenancy.runAs(tenants.find(new UnitCode(unit)).orElseThrow(), () -> new TransactionTemplate(transactions)
				.executeWithoutResult(status -> events.publishEvent(event)));
		}
	}

	private void logIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Demo-Passw0rd");
		click(browser.findElement(By.id("login-submit")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void screenshot(String name) {
		Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		try {
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
