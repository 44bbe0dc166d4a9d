package org.iprassist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import iprassist.appsupport.SignedPdfs;
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

/**
 * The assistance flow in a browser: an applicant applies on the unit's public form (a wrong patent
 * number first, refused in Chinese), the handler accepts the application, consults an expert,
 * drafts the opinion letter from the template, approves and issues it, and anyone checks it on the
 * public verification page by uploading the PDF. Screenshots go to
 * {@code target/screenshots/case-*.png}; the letter's first page is rendered to
 * {@code case-letter-page1.png} by {@code pdftoppm} (Debian {@code poppler-utils}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class CaseBrowserFlowTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	Path profileDir;

	@BeforeEach
	void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(PDFTOPPM)) {
			fail("Needs " + CHROMIUM + ", " + CHROMEDRIVER + " and " + PDFTOPPM
					+ ": apt-get install -y chromium chromium-driver fonts-wqy-microhei poppler-utils");
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profileDir = Files.createTempDirectory("ipr-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1100", "--user-data-dir=" + profileDir);
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
	void applicationToVerifiedOpinionLetter() throws Exception {
		browser.get(url("/p/gx-nanning/apply"));
		fillApplication("ZL201920123456.4");
		screenshot("case-1-public-form");
		click(browser.findElement(By.id("public-apply-submit")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rightNumber.is-invalid")));
		assertThat(browser.findElement(By.cssSelector("#rightNumber ~ .invalid-feedback")).getText())
			.contains("专利号格式不正确或校验位不符");
		screenshot("case-2-public-form-refused");

		WebElement rightNumber = browser.findElement(By.id("rightNumber"));
		rightNumber.clear();
		rightNumber.sendKeys("ZL201920123456.5");
		Path evidence = Files.writeString(Files.createTempFile("evidence-", ".txt"), "公证购买记录：2026年11月1日购得涉案产品一件。");
		browser.findElement(By.id("evidence")).sendKeys(evidence.toString());
		click(browser.findElement(By.id("public-apply-submit")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applied")));
		String caseNumber = text("#applied p").replaceAll(".*(YZ-\\d{4}-\\d{6}).*", "$1");
		assertThat(caseNumber).matches("YZ-\\d{4}-\\d{6}");
		screenshot("case-3-public-applied");

		logIn("nanning-staff");
		browser.get(url("/t/gx-nanning/cases"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-list")));
		screenshot("case-4-list");
		click(browser.findElement(By.linkText(caseNumber)));
		wait.until(ExpectedConditions.textToBe(By.id("case-number"), caseNumber));
		assertThat(text("#documents")).contains("evidence-");
		assertThat(text("#timeline")).contains("网上申请提交");

		new Select(browser.findElement(By.id("decision"))).selectByValue("ACCEPT");
		click(browser.findElement(By.id("decide")));
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已受理"));

		String expert = text("label[for=expert-0]").split(" · ")[0];
		click(browser.findElement(By.id("expert-0")));
		browser.findElement(By.id("question")).sendKeys("被诉产品是否落入涉案专利权利要求1的保护范围？");
		screenshot("case-5-consultation");
		click(browser.findElement(By.id("consult")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultations")));
		assertThat(text("#consultations")).contains(expert);
		assertThat(text("#timeline")).contains("发起专家咨询");

		click(browser.findElement(By.id("draft-letter")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-text")));
		assertThat(browser.findElement(By.id("letter-text")).getAttribute("value")).contains(caseNumber);
		scrollTo("#letter");
		screenshot("case-6-letter-draft");
		click(browser.findElement(By.id("approve-letter")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-letter")));
		click(browser.findElement(By.id("issue-letter")));
		wait.until(ExpectedConditions.textToBe(By.id("case-status"), "意见书已出具"));
		scrollTo("#documents");
		screenshot("case-7-letter-issued");

		WebElement letterLink = browser.findElement(By.id("doc-OPINION_LETTER"));
		byte[] pdf = download(letterLink.getAttribute("href"));
		assertThat(SignedPdfs.text(pdf)).contains("知识产权维权援助咨询意见书", "南宁分中心", caseNumber);
		assertThat(SignedPdfs.verifiedSigner(pdf)).contains("gx-nanning");
		Path pdfFile = SCREENSHOTS.resolve("case-letter.pdf");
		Files.write(pdfFile, pdf);
		renderFirstPage(pdfFile, SCREENSHOTS.resolve("case-letter-page1"));
		assertThat(SCREENSHOTS.resolve("case-letter-page1.png")).isNotEmptyFile();

		String verifyHref = browser.findElement(By.cssSelector(".verify-link")).getAttribute("href");
		logOut();
		browser.get(verifyHref);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-facts")));
		assertThat(text("#verify-issuer")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(text("#verify-kind")).isEqualTo("咨询意见书");
		screenshot("case-8-verify");
		browser.findElement(By.id("verify-file")).sendKeys(pdfFile.toAbsolutePath().toString());
		click(browser.findElement(By.id("verify-compare")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-identical")));
		screenshot("case-9-verify-identical");
	}

	private void fillApplication(String patentNumber) {
		browser.findElement(By.id("applicantName")).sendKeys("张三");
		browser.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
		browser.findElement(By.id("phone")).sendKeys("13800138000");
		browser.findElement(By.id("rightNumber")).sendKeys(patentNumber);
		browser.findElement(By.id("counterparty")).sendKeys("南宁某仿冒制品有限公司");
		browser.findElement(By.id("facts")).sendKeys("对方未经许可制造、销售与本人专利相同的产品。");
	}

	private void renderFirstPage(Path pdf, Path prefix) throws Exception {
		Process process = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "80", "-f", "1", "-l", "1",
				"-singlefile", pdf.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
	}

	private byte[] download(String href) throws Exception {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private void logIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(browser.findElement(By.id("login-submit")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logOut() {
		click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		wait.until(ExpectedConditions.urlContains("/login"));
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
