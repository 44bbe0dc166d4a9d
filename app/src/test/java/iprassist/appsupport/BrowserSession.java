package iprassist.appsupport;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium per test, driving the application on the port its Spring Boot test started
 * it on, with the steps every browser flow takes: log in and out of the portal, find, click, wait,
 * read text and save a PNG screenshot to {@code target/screenshots/<name>.png} for a person to look
 * at. Register it with {@code @RegisterExtension}; it starts the browser before each test and quits
 * it, with its throw-away profile, after.
 * <p>
 * Needs Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (and
 * {@code fonts-wqy-microhei} for the Chinese glyphs): it fails, rather than skips, when they are
 * missing, and points Selenium at them so that Selenium Manager never goes to the network.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

	private static final String DEMO_PASSWORD = "Demo-Passw0rd";

	public static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final By LOG_OUT = By.xpath("//nav//form//button[normalize-space()='退出登录']");

	private final String windowSize;

	private final Duration timeout;

	private final boolean chineseBrowser;

	private WebDriver driver;

	private WebDriverWait wait;

	private Path profileDir;

	private String baseUrl;

	private BrowserSession(String windowSize, Duration timeout, boolean chineseBrowser) {
		this.windowSize = windowSize;
		this.timeout = timeout;
		this.chineseBrowser = chineseBrowser;
	}

	/**
	 * A browser window of the given size whose waits give up after ten seconds.
	 */
	public static BrowserSession window(int width, int height) {
		return new BrowserSession(width + "," + height, Duration.ofSeconds(10), false);
	}

	public BrowserSession waitingUpTo(Duration timeout) {
		return new BrowserSession(windowSize, timeout, chineseBrowser);
	}

	/**
	 * A browser that asks for Chinese pages, as a user's in China does: pages that follow
	 * {@code Accept-Language} rather than the product's own default (Keycloak's) come in Chinese.
	 */
	public BrowserSession askingForChinese() {
		return new BrowserSession(windowSize, timeout, true);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			fail("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": install them with `apt-get install -y chromium chromium-driver fonts-wqy-microhei`");
		}
		baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		profileDir = Files.createTempDirectory("ipr-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + windowSize, "--user-data-dir=" + profileDir);
		if (chineseBrowser) {
			options.addArguments("--lang=zh-CN");
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		}
		driver = new ChromeDriver(options);
		wait = new WebDriverWait(driver, timeout);
		Files.createDirectories(SCREENSHOTS);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profileDir != null) {
			try (Stream<Path> files = Files.walk(profileDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			profileDir = null;
		}
	}

	public WebDriver driver() {
		return driver;
	}

	public String url(String path) {
		return baseUrl + path;
	}

	public void open(String path) {
		driver.get(url(path));
	}

	public void logIn(String username) {
		logIn(username, DEMO_PASSWORD);
	}

	public void logIn(String username, String password) {
		open("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		click(find(By.id("login-submit")));
		until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * Logs out through the portal's menu button and waits for the login page.
	 */
	public void logOut() {
		click(find(LOG_OUT));
		until(ExpectedConditions.urlContains("/login"));
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public String text(String css) {
		return find(By.cssSelector(css)).getText().strip();
	}

	public String pageSource() {
		return driver.getPageSource();
	}

	public String currentUrl() {
		return driver.getCurrentUrl();
	}

	public <T> T until(ExpectedCondition<T> condition) {
		return wait.until(condition);
	}

	public <T> T until(Duration longerTimeout, ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, longerTimeout).until(condition);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the viewport at once. Bootstrap turns on
	 * smooth scrolling, so the scroll chromedriver makes before a click is still under way when it
	 * clicks, and a click on an element below the fold is intercepted.
	 */
	public void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	public void scrollTo(String css) {
		scrollTo(find(By.cssSelector(css)));
	}

	public void scrollTo(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
	}

	public void screenshot(String name) {
		Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		try {
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The response to a GET with the browser's cookies, for what Selenium does not expose: the
	 * HTTP status and the bytes of a download.
	 */
	public HttpResponse<byte[]> fetch(String pathOrUrl) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		URI uri = URI.create(pathOrUrl.startsWith("/") ? url(pathOrUrl) : pathOrUrl);
		try {
			return HTTP.send(HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
