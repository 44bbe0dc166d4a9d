package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
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
 * The expert pool in a browser: a sub-centre nominates an expert with a supporting file, the
 * regional centre admits them from its review queue, and another sub-centre finds them in the pool.
 * Screenshots go to {@code target/screenshots/experts-<step>.png}. Same needs as
 * {@link BrowserFlowTests} (Chromium, chromedriver, CJK fonts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class ExpertBrowserFlowTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	@LocalServerPort
	int port;

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
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profileDir);
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
	void aNominationIsAdmittedAndTheExpertAppearsInThePool() throws IOException {
		logIn("nanning-staff");
		browser.get(url("/t/gx-nanning/recommendations"));
		WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nominate")));
		form.findElement(By.name("name")).sendKeys("黎明远");
		form.findElement(By.name("title")).sendKeys("教授");
		form.findElement(By.name("employer")).sendKeys("广西大学机械工程学院");
		click(form.findElement(By.id("right-PATENT")));
		form.findElement(By.name("qualifications")).sendKeys("专利代理师、高级工程师");
		form.findElement(By.name("technicalFields")).sendKeys("B65G, B66C");
		form.findElement(By.name("phone")).sendKeys("13907719999");
		form.findElement(By.name("affiliations")).sendKeys("广西北部湾港务集团有限公司");
		form.findElement(By.name("reason")).sendKeys("长期从事港口起重机械研究，熟悉专利侵权判定。");
		Path letter = Files.createTempFile("推荐函", ".txt");
		Files.writeString(letter, "推荐黎明远教授入选广西知识产权维权援助专家库。");
		form.findElement(By.id("supportingFile")).sendKeys(letter.toString());
		screenshot("experts-1-nomination-form");
		click(browser.findElement(By.id("submit-nomination")));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nominated")));
		assertThat(text("#my-nominations")).contains("黎明远", "待审核");
		screenshot("experts-2-nominated");
		logOut();

		logIn("centre-admin");
		browser.get(url("/t/gx-centre/recommendations"));
		WebElement item = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#queue .queue-item[data-name='黎明远']")));
		assertThat(item.getText()).contains("广西大学机械工程学院", "南宁分中心", "港口起重机械");
		item.findElement(By.cssSelector("form input[name=reason]")).sendKeys("材料齐全，同意入库");
		scrollTo(item);
		screenshot("experts-3-review-queue");
		click(item.findElement(By.cssSelector("button.admit")));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
		assertThat(browser.findElements(By.cssSelector("#queue .queue-item[data-name='黎明远']"))).isEmpty();
		screenshot("experts-4-admitted");
		logOut();

		logIn("liuzhou-staff");
		browser.get(url("/t/gx-liuzhou/experts"));
		WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-search")));
		search.findElement(By.name("text")).sendKeys("黎明远");
		new Select(search.findElement(By.name("rightType"))).selectByValue("PATENT");
		click(search.findElement(By.cssSelector("button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("experts")));
		assertThat(text("#experts")).contains("黎明远", "广西大学机械工程学院", "在岗", "B65G");
		screenshot("experts-5-in-the-pool");

		click(browser.findElement(By.linkText("黎明远")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expert-name")));
		assertThat(text("#expert-phone")).isEqualTo("139****9999");
		assertThat(text("#history")).contains("待审核", "已入库", "在岗", "材料齐全，同意入库");
		screenshot("experts-6-detail");
	}

	private void logOut() {
		click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		wait.until(ExpectedConditions.urlContains("/login"));
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
