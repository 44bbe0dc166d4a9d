package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The portal login through Keycloak in headless Chromium: the product's login page sends the
 * browser to the Guangxi realm's own login page, Keycloak sends it back with an authorization code
 * (PKCE), and the user lands in their unit's portal; another unit stays closed; logging out ends
 * the Keycloak session too, so the next login asks for the password again. Screenshots go to
 * {@code target/screenshots/keycloak-*.png}.
 */
@KeycloakIntegrationTest
class KeycloakBrowserTests {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	final KeycloakServer keycloak = KeycloakServer.started();

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
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profileDir);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		browser = new ChromeDriver(options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
	void aUnitMemberLogsInThroughKeycloakIntoTheUnitAndOutOfKeycloak() {
		browser.get(keycloak.appUrl("/"));
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElements(By.id("password"))).as("no local password form").isEmpty();
		screenshot("keycloak-1-product-login");
		click(browser.findElement(By.id("keycloak-login-gx")));

		wait.until(ExpectedConditions.urlContains(keycloak.issuer("gx") + "/protocol/openid-connect/auth"));
		assertThat(browser.getCurrentUrl()).contains("code_challenge=", "code_challenge_method=S256",
				"client_id=ipr-portal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		screenshot("keycloak-2-keycloak-login");
		browser.findElement(By.id("username")).sendKeys("nanning-staff");
		// With organizations enabled, Keycloak asks for the user name first, then the password.
		click(browser.findElement(By.id("kc-login")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
		browser.findElement(By.id("password")).sendKeys(KeycloakServer.PASSWORD);
		screenshot("keycloak-3-keycloak-password");
		click(browser.findElement(By.id("kc-login")));

		wait.until(ExpectedConditions.urlToBe(keycloak.appUrl("/t/gx-nanning/")));
		assertThat(text("#unit-name")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(browser.getPageSource()).contains("南宁分中心 工作人员");
		screenshot("keycloak-4-unit-home");

		browser.get(keycloak.appUrl("/t/gx-liuzhou/"));
		assertThat(text("#error-title")).isEqualTo("无权访问");
		assertThat(browser.getPageSource()).doesNotContain("柳州市市场监督管理局");
		screenshot("keycloak-5-other-unit-forbidden");

		browser.get(keycloak.appUrl("/t/gx-nanning/"));
		click(browser.findElement(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.getPageSource()).contains("您已安全退出");
		screenshot("keycloak-6-logged-out");

		click(browser.findElement(By.id("keycloak-login-gx")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(browser.getCurrentUrl()).as("the Keycloak session ended: Keycloak asks again")
			.startsWith(keycloak.issuer("gx"));
		screenshot("keycloak-7-asked-again");
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText().strip();
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
