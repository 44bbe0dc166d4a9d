package org.iprassist.cases.internal.ecommerce;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The e-commerce flow in a browser: the regional admin registers a platform, the platform posts a
 * case, the regional admin assigns it to Beihai (suggested first: the shop is in Beihai), Beihai's
 * handler determines it within the clock, and the platform's receiver gets a verifiable signed
 * determination. Screenshots go to {@code target/screenshots/ecommerce-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = { "ipr.ecommerce.callbacks.allow-loopback=true",
		"ipr.ecommerce.delivery-interval=PT1H", "ipr.ecommerce.clock-sweep-interval=PT1H" })
@Tag("browser")
class EcommerceBrowserFlowTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	WebhookDelivery webhooks;

	@Autowired
	EcommerceUnits units;

	WebDriver browser;

	WebDriverWait wait;

	Path profileDir;

	@BeforeEach
	void startBrowser() throws IOException {
		if (!Files.isExecutable(Path.of("/usr/bin/chromedriver")) || !Files.isExecutable(Path.of("/usr/bin/chromium"))) {
			fail("Browser tests need /usr/bin/chromium and /usr/bin/chromedriver");
		}
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		profileDir = Files.createTempDirectory("ipr-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profileDir);
		browser = new ChromeDriver(options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void quitBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		try (Stream<Path> files = Files.walk(profileDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void theRegionalAdminAssignsACaseToBeihaiWhichDeterminesItInsideTheClock() throws Exception {
		logIn("centre-admin");
		browser.get(url("/t/gx-centre/ecommerce/clients"));
		browser.findElement(By.cssSelector("#client-form [name=name]")).sendKeys("淘宝（测试）");
		click(browser.findElement(By.cssSelector("#client-form button")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-registered")));
		String clientId = text("#client-id");
		String secret = text("#client-secret");
		String webhookSecret = text("#client-webhook-secret");
		screenshot("ecommerce-1-platform-registered");

		try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/hook", webhookSecret))) {
			HttpResponse<String> posted = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url("/api/v1/intake/ecommerce-cases")))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(EcommerceCasesTests.one("TB-BROWSER-1", receiver.url("/hook"))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(posted.statusCode()).isEqualTo(201);
			String caseNumber = com.jayway.jsonpath.JsonPath.read(posted.body(), "$.caseNumber");

			browser.get(url("/t/gx-centre/ecommerce"));
			WebElement row = browser.findElement(By.id("case-" + caseNumber));
			assertThat(row.getText()).contains("待处理", "剩余", "23:5");
			screenshot("ecommerce-2-centre-list");

			click(row.findElement(By.linkText(caseNumber)));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispatch-form")));
			assertThat(browser.findElement(By.id("target-gx-beihai")).isSelected()).as("Beihai suggested first").isTrue();
			scrollTo(browser.findElement(By.id("dispatch")));
			screenshot("ecommerce-3-dispatch-suggestions");
			click(browser.findElement(By.id("dispatch-submit")));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-message")));
			assertThat(text("#case-status")).isEqualTo("已指派");
			assertThat(text("#case-message")).contains("北海分中心");
			screenshot("ecommerce-4-assigned");

			click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
			logIn("beihai-staff");
			browser.get(url("/t/gx-beihai/ecommerce"));
			WebElement copy = browser.findElement(By.id("case-" + caseNumber));
			screenshot("ecommerce-5-beihai-list");
			click(copy.findElement(By.linkText(caseNumber)));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("determination-form")));
			WebElement form = browser.findElement(By.id("determination-form"));
			new Select(form.findElement(By.name("within0"))).selectByValue("YES");
			form.findElement(By.name("note0")).sendKeys("被诉产品具备权利要求1的全部技术特征");
			new Select(form.findElement(By.name("within1"))).selectByValue("NO");
			new Select(form.findElement(By.name("conclusion"))).selectByValue("INFRINGING");
			form.findElement(By.name("reasons")).sendKeys("被诉产品落入权利要求1的保护范围，构成侵权。");
			scrollTo(form);
			screenshot("ecommerce-6-determination-form");
			click(browser.findElement(By.id("determination-submit")));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("determination")));
			assertThat(text("#case-status")).isEqualTo("已判定");
			assertThat(text("#conclusion")).isEqualTo("构成侵权");
			assertThat(text("#case-clock")).contains("用时");
			screenshot("ecommerce-7-determined-at-beihai");

			var centre = units.tenant("gx-centre");
			await().atMost(Duration.ofSeconds(15)).until(() -> webhooks.deliverDue(centre) == 1);
			assertThat(receiver.received).hasSize(1);
			assertThat(receiver.received.get(0).signatureValid()).isTrue();
			assertThat(receiver.received.get(0).body()).contains("\"platformReference\":\"TB-BROWSER-1\"",
					"\"conclusion\":\"INFRINGING\"", "\"withinClock\":true");

			click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
			logIn("centre-admin");
			browser.get(url("/t/gx-centre/ecommerce"));
			click(browser.findElement(By.linkText(caseNumber)));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery")));
			assertThat(text("#case-status")).isEqualTo("已送达");
			assertThat(text("#delivery")).contains("平台已确认", "204");
			screenshot("ecommerce-8-delivered-at-centre");

			browser.get(url("/t/gx-centre/ecommerce/board"));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-stages")));
			assertThat(text("#stage-received-determined")).doesNotContain("—");
			screenshot("ecommerce-9-board");
		}
	}

	private void logIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(browser.findElement(By.id("login-submit")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText().strip();
	}

	private void click(WebElement element) {
		scrollTo(element);
		element.click();
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
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
