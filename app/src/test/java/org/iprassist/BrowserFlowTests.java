package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import iprassist.testsupport.TestDatabase;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The main user flows as a person in a browser goes through them: the application on a real port,
 * driven by headless Chromium through Selenium. MockMvc tests check controllers and security one
 * request at a time; only a real browser shows that the pages fit together — that forms post with
 * their CSRF tokens, that redirects land on the right page, that htmx polling really refreshes the
 * provisioning progress, that the language cookie is remembered, and that the Chinese text renders.
 * Each flow saves PNG screenshots to {@code target/screenshots/<flow>-<step>.png} for a person to
 * look at.
 * <p>
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages
 * {@code chromium chromium-driver}, plus {@code fonts-wqy-microhei} for the Chinese glyphs); it
 * fails, rather than skips, when they are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class BrowserFlowTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	Path profileDir;

	@BeforeEach
	void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": install them with `apt-get install -y chromium chromium-driver fonts-wqy-microhei`");
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profileDir = Files.createTempDirectory("ipr-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profileDir);
		browser = new ChromeDriver(options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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
	void unitAdminEditsProfileAndRosterButCannotEnterAnotherUnit() {
		logIn("nanning-staff");
		wait.until(ExpectedConditions.urlToBe(url("/t/gx-nanning/")));
		assertThat(text("#unit-name")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(text("#unit-lifecycle")).isNotBlank();
		screenshot("unit-1-home");

		click(browser.findElement(By.id("edit-profile")));
		wait.until(ExpectedConditions.urlToBe(url("/t/gx-nanning/profile")));
		WebElement address = browser.findElement(By.cssSelector("#profile-form [name=address]"));
		address.clear();
		address.sendKeys("广西南宁市青秀区民族大道 100 号");
		screenshot("unit-2-profile-form");
		click(browser.findElement(By.id("profile-save")));

		wait.until(ExpectedConditions.urlToBe(url("/t/gx-nanning/")));
		assertThat(text("#profile-address")).isEqualTo("广西南宁市青秀区民族大道 100 号");
		screenshot("unit-3-profile-saved");

		WebElement addStaff = browser.findElement(By.id("add-staff"));
		addStaff.findElement(By.name("name")).sendKeys("李明");
		addStaff.findElement(By.name("position")).sendKeys("维权援助专员");
		addStaff.findElement(By.name("phone")).sendKeys("13812345678");
		addStaff.findElement(By.name("email")).sendKeys("liming@example.org");
		click(addStaff.findElement(By.cssSelector("button[type=submit]")));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff table"), "李明"));
		assertThat(text("#staff table")).contains("李明", "维权援助专员", "13812345678", "liming@example.org");
		scrollTo("#staff");
		screenshot("unit-4-staff-added");

		assertThat(statusOf("/t/gx-liuzhou/")).as("HTTP status of another unit's page").isEqualTo(403);
		browser.get(url("/t/gx-liuzhou/"));
		assertThat(text("#error-title")).isEqualTo("无权访问");
		assertThat(text(".card .display-6")).isEqualTo("403");
		assertThat(text("#error-detail")).isNotBlank();
		assertThat(browser.getPageSource()).doesNotContain("柳州市市场监督管理局", "liuzhou@example.org");
		screenshot("unit-5-other-unit-forbidden");

		click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.getPageSource()).contains("您已安全退出");
		screenshot("unit-6-logged-out");
	}

	@Test
	void wrongPasswordIsRefusedInChinese() {
		browser.get(url("/login"));
		screenshot("login-1-page");
		browser.findElement(By.id("username")).sendKeys("liuzhou-staff");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		click(browser.findElement(By.id("login-submit")));

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(text("#login-error")).contains("用户名或密码错误");
		assertThat(browser.getCurrentUrl()).contains("/login");
		screenshot("login-2-wrong-password");
	}

	@Test
	void regionalAdminRecordsTheReEstablishmentOfASuspendedUnit() {
		logIn("centre-admin");
		browser.get(url("/r/gx/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("regional-units")));
		int suspendedBefore = Integer.parseInt(text("#count-SUSPENDED"));
		int establishedBefore = Integer.parseInt(text("#count-ESTABLISHED"));
		WebElement row = browser.findElement(By.id("unit-gx-beihai"));
		assertThat(row.getText()).contains("北海分中心", "待重新挂牌");
		screenshot("regional-1-console");

		click(row.findElement(By.name("staffInPlace")));
		row.findElement(By.name("premises")).sendKeys("北海市海城区北部湾中路 1 号");
		WebElement signHungOn = row.findElement(By.name("signHungOn"));
		LocalDate signDate = LocalDate.now().minusDays(7);
		String date = signDate.toString();
		// A date input's typing format follows the browser locale; set the ISO value the form posts.
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", signHungOn,
				date);
		scrollTo("#unit-gx-beihai");
		screenshot("regional-2-form-filled");
		click(row.findElement(By.cssSelector("button[type=submit]")));

		wait.until(ExpectedConditions.stalenessOf(row));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(text(".alert-success")).contains("gx-beihai");
		WebElement after = browser.findElement(By.id("unit-gx-beihai"));
		assertThat(after.findElements(By.tagName("td")).get(3).getText()).isEqualTo("已挂牌");
		String facts = after.findElements(By.tagName("td")).get(4).getText();
		assertThat(facts).contains("北海市海城区北部湾中路 1 号");
		// The page formats the date in the reader's locale (2026/11/17 in Chinese); ISO would do as well.
		assertThat(facts).containsAnyOf(date, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(Locale.SIMPLIFIED_CHINESE)
			.format(signDate));
		assertThat(after.findElements(By.tagName("form"))).isEmpty();
		assertThat(Integer.parseInt(text("#count-SUSPENDED"))).isEqualTo(suspendedBefore - 1);
		assertThat(Integer.parseInt(text("#count-ESTABLISHED"))).isEqualTo(establishedBefore + 1);
		screenshot("regional-3-established");
	}

	@Test
	void platformAdminOnboardsAUnitAndWatchesItsProvisioning() {
		logIn("platform-admin");
		browser.get(url("/platform/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("platform-units")));
		screenshot("platform-1-console");

		WebElement form = browser.findElement(By.id("new-unit"));
		new Select(form.findElement(By.name("provinceCode"))).selectByValue("gx");
		form.findElement(By.name("code")).sendKeys("gx-test-browser");
		form.findElement(By.name("name")).sendKeys("浏览器测试知识产权维权援助工作站");
		new Select(form.findElement(By.name("type"))).selectByValue("WORKSTATION");
		form.findElement(By.name("parentCode")).sendKeys("gx-centre");
		form.findElement(By.name("city")).sendKeys("南宁市");
		form.findElement(By.name("hostOrganisation")).sendKeys("广西知识产权测试中心");
		form.findElement(By.name("supervisingAuthority")).sendKeys("南宁市市场监督管理局");
		screenshot("platform-2-form-filled");
		click(browser.findElement(By.id("register-unit")));

		wait.until(ExpectedConditions.urlToBe(url("/platform/units/gx-test-browser")));
		assertThat(text("h1")).isEqualTo("浏览器测试知识产权维权援助工作站");
		screenshot("platform-3-provisioning");
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(By.id("provisioning-status"), "已开通"));
		assertThat(browser.findElements(By.id("provisioning-error"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("#progress .progress-bar")).getDomAttribute("class"))
			.contains("bg-success");
		screenshot("platform-4-ready");

		browser.get(url("/platform/units/gx-test-browser"));
		WebElement admin = browser.findElement(By.id("new-admin"));
		admin.findElement(By.name("username")).sendKeys("browser-admin");
		admin.findElement(By.name("displayName")).sendKeys("测试工作站管理员");
		admin.findElement(By.name("password")).sendKeys("Browser-Adm1n");
		click(admin.findElement(By.cssSelector("button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("admin-created")));
		assertThat(text("#admin-created")).contains("browser-admin");
		screenshot("platform-5-admin-created");

		browser.get(url("/platform/"));
		WebElement newRow = browser
			.findElement(By.xpath("//table[@id='platform-units']//tr[td/a[text()='gx-test-browser']]"));
		assertThat(newRow.getText()).contains("浏览器测试知识产权维权援助工作站", "工作站", "筹建中", "已开通");
		scrollTo(newRow);
		screenshot("platform-6-listed");

		click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		logIn("browser-admin", "Browser-Adm1n");
		wait.until(ExpectedConditions.urlToBe(url("/t/gx-test-browser/")));
		assertThat(text("#unit-name")).isEqualTo("浏览器测试知识产权维权援助工作站");
		assertThat(browser.findElements(By.id("edit-profile"))).isNotEmpty();
		screenshot("platform-7-new-admin-home");
	}

	@Test
	void languageSwitchTurnsTheLoginPageIntoEnglish() {
		browser.get(url("/login"));
		assertThat(text("#login-submit")).isEqualTo("登录");
		click(browser.findElement(By.id("language-switch")));

		wait.until(ExpectedConditions.textToBe(By.id("login-submit"), "Log in"));
		assertThat(text("#language-switch")).isEqualTo("中文");
		screenshot("language-1-english");

		browser.get(url("/login"));
		assertThat(text("#login-submit")).as("the language is remembered in a cookie").isEqualTo("Log in");
	}

	private void logIn(String username) {
		logIn(username, PASSWORD);
	}

	private void logIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		click(browser.findElement(By.id("login-submit")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText().strip();
	}

	/**
	 * Clicks an element after scrolling it to the middle of the viewport at once. Bootstrap turns on
	 * smooth scrolling, so the scroll chromedriver makes before a click is still under way when it
	 * clicks, and a click on an element below the fold is intercepted.
	 */
	private void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	/**
	 * The HTTP status of a GET with the browser's cookies (Selenium does not expose it).
	 */
	private int statusOf(String path) {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).GET().build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void scrollTo(String css) {
		scrollTo(browser.findElement(By.cssSelector(css)));
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
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
