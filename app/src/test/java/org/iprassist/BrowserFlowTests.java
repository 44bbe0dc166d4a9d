package org.iprassist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import iprassist.appsupport.BrowserSession;
import iprassist.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

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
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-nanning,gx-liuzhou,gx-guilin,gx-beihai")
@Tag("browser")
class BrowserFlowTests {

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 900);

	@Test
	void unitAdminEditsProfileAndRosterButCannotEnterAnotherUnit() {
		browser.logIn("nanning-staff");
		browser.until(ExpectedConditions.urlToBe(browser.url("/t/gx-nanning/")));
		assertThat(browser.text("#unit-name")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(browser.text("#unit-lifecycle")).isNotBlank();
		browser.screenshot("unit-1-home");

		browser.click(browser.find(By.id("edit-profile")));
		browser.until(ExpectedConditions.urlToBe(browser.url("/t/gx-nanning/profile")));
		WebElement address = browser.find(By.cssSelector("#profile-form [name=address]"));
		address.clear();
		address.sendKeys("广西南宁市青秀区民族大道 100 号");
		browser.screenshot("unit-2-profile-form");
		browser.click(browser.find(By.id("profile-save")));

		browser.until(ExpectedConditions.urlToBe(browser.url("/t/gx-nanning/")));
		assertThat(browser.text("#profile-address")).isEqualTo("广西南宁市青秀区民族大道 100 号");
		browser.screenshot("unit-3-profile-saved");

		WebElement addStaff = browser.find(By.id("add-staff"));
		addStaff.findElement(By.name("name")).sendKeys("李明");
		addStaff.findElement(By.name("position")).sendKeys("维权援助专员");
		addStaff.findElement(By.name("phone")).sendKeys("13812345678");
		addStaff.findElement(By.name("email")).sendKeys("liming@example.org");
		browser.click(addStaff.findElement(By.cssSelector("button[type=submit]")));

		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff table"), "李明"));
		assertThat(browser.text("#staff table")).contains("李明", "维权援助专员", "13812345678", "liming@example.org");
		browser.scrollTo("#staff");
		browser.screenshot("unit-4-staff-added");

		assertThat(browser.fetch("/t/gx-liuzhou/").statusCode()).as("HTTP status of another unit's page").isEqualTo(403);
		browser.open("/t/gx-liuzhou/");
		assertThat(browser.text("#error-title")).isEqualTo("无权访问");
		assertThat(browser.text(".card .display-6")).isEqualTo("403");
		assertThat(browser.text("#error-detail")).isNotBlank();
		assertThat(browser.pageSource()).doesNotContain("柳州市市场监督管理局", "liuzhou@example.org");
		browser.screenshot("unit-5-other-unit-forbidden");

		browser.logOut();
		assertThat(browser.pageSource()).contains("您已安全退出");
		browser.screenshot("unit-6-logged-out");
	}

	@Test
	void wrongPasswordIsRefusedInChinese() {
		browser.open("/login");
		browser.screenshot("login-1-page");
		browser.find(By.id("username")).sendKeys("liuzhou-staff");
		browser.find(By.id("password")).sendKeys("not-the-password");
		browser.click(browser.find(By.id("login-submit")));

		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(browser.text("#login-error")).contains("用户名或密码错误");
		assertThat(browser.currentUrl()).contains("/login");
		browser.screenshot("login-2-wrong-password");
	}

	@Test
	void regionalAdminRecordsTheReEstablishmentOfASuspendedUnit() {
		browser.logIn("centre-admin");
		browser.open("/r/gx/");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("regional-units")));
		int suspendedBefore = Integer.parseInt(browser.text("#count-SUSPENDED"));
		int establishedBefore = Integer.parseInt(browser.text("#count-ESTABLISHED"));
		WebElement row = browser.find(By.id("unit-gx-beihai"));
		assertThat(row.getText()).contains("北海分中心", "待重新挂牌");
		browser.screenshot("regional-1-console");

		browser.click(row.findElement(By.name("staffInPlace")));
		row.findElement(By.name("premises")).sendKeys("北海市海城区北部湾中路 1 号");
		WebElement signHungOn = row.findElement(By.name("signHungOn"));
		LocalDate signDate = LocalDate.now().minusDays(7);
		String date = signDate.toString();
		// A date input's typing format follows the browser locale; set the ISO value the form posts.
		browser.script(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", signHungOn,
				date);
		browser.scrollTo("#unit-gx-beihai");
		browser.screenshot("regional-2-form-filled");
		browser.click(row.findElement(By.cssSelector("button[type=submit]")));

		browser.until(ExpectedConditions.stalenessOf(row));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.text(".alert-success")).contains("gx-beihai");
		WebElement after = browser.find(By.id("unit-gx-beihai"));
		assertThat(after.findElements(By.tagName("td")).get(3).getText()).isEqualTo("已挂牌");
		String facts = after.findElements(By.tagName("td")).get(4).getText();
		assertThat(facts).contains("北海市海城区北部湾中路 1 号");
		// The page formats the date in the reader's locale (2026/11/17 in Chinese); ISO would do as well.
		assertThat(facts).containsAnyOf(date, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(Locale.SIMPLIFIED_CHINESE)
			.format(signDate));
		assertThat(after.findElements(By.tagName("form"))).isEmpty();
		assertThat(Integer.parseInt(browser.text("#count-SUSPENDED"))).isEqualTo(suspendedBefore - 1);
		assertThat(Integer.parseInt(browser.text("#count-ESTABLISHED"))).isEqualTo(establishedBefore + 1);
		browser.screenshot("regional-3-established");
	}

	@Test
	void platformAdminOnboardsAUnitAndWatchesItsProvisioning() {
		browser.logIn("platform-admin");
		browser.open("/platform/");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("platform-units")));
		browser.screenshot("platform-1-console");

		WebElement form = browser.find(By.id("new-unit"));
		new Select(form.findElement(By.name("provinceCode"))).selectByValue("gx");
		form.findElement(By.name("code")).sendKeys("gx-test-browser");
		form.findElement(By.name("name")).sendKeys("浏览器测试知识产权维权援助工作站");
		new Select(form.findElement(By.name("type"))).selectByValue("WORKSTATION");
		form.findElement(By.name("parentCode")).sendKeys("gx-centre");
		form.findElement(By.name("city")).sendKeys("南宁市");
		form.findElement(By.name("hostOrganisation")).sendKeys("广西知识产权测试中心");
		form.findElement(By.name("supervisingAuthority")).sendKeys("南宁市市场监督管理局");
		browser.screenshot("platform-2-form-filled");
		browser.click(browser.find(By.id("register-unit")));

		browser.until(ExpectedConditions.urlToBe(browser.url("/platform/units/gx-test-browser")));
		assertThat(browser.text("h1")).isEqualTo("浏览器测试知识产权维权援助工作站");
		browser.screenshot("platform-3-provisioning");
		browser.until(Duration.ofSeconds(30), ExpectedConditions.textToBe(By.id("provisioning-status"), "已开通"));
		assertThat(browser.findAll(By.id("provisioning-error"))).isEmpty();
		assertThat(browser.find(By.cssSelector("#progress .progress-bar")).getDomAttribute("class"))
			.contains("bg-success");
		browser.screenshot("platform-4-ready");

		browser.open("/platform/units/gx-test-browser");
		WebElement admin = browser.find(By.id("new-admin"));
		admin.findElement(By.name("username")).sendKeys("browser-admin");
		admin.findElement(By.name("displayName")).sendKeys("测试工作站管理员");
		admin.findElement(By.name("password")).sendKeys("Browser-Adm1n");
		browser.click(admin.findElement(By.cssSelector("button[type=submit]")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("admin-created")));
		assertThat(browser.text("#admin-created")).contains("browser-admin");
		browser.screenshot("platform-5-admin-created");

		browser.open("/platform/");
		WebElement newRow = browser
			.find(By.xpath("//table[@id='platform-units']//tr[td/a[text()='gx-test-browser']]"));
		assertThat(newRow.getText()).contains("浏览器测试知识产权维权援助工作站", "工作站", "筹建中", "已开通");
		browser.scrollTo(newRow);
		browser.screenshot("platform-6-listed");

		browser.logOut();
		browser.logIn("browser-admin", "Browser-Adm1n");
		browser.until(ExpectedConditions.urlToBe(browser.url("/t/gx-test-browser/")));
		assertThat(browser.text("#unit-name")).isEqualTo("浏览器测试知识产权维权援助工作站");
		assertThat(browser.findAll(By.id("edit-profile"))).isNotEmpty();
		browser.screenshot("platform-7-new-admin-home");
	}

	@Test
	void languageSwitchTurnsTheLoginPageIntoEnglish() {
		browser.open("/login");
		assertThat(browser.text("#login-submit")).isEqualTo("登录");
		browser.click(browser.find(By.id("language-switch")));

		browser.until(ExpectedConditions.textToBe(By.id("login-submit"), "Log in"));
		assertThat(browser.text("#language-switch")).isEqualTo("中文");
		browser.screenshot("language-1-english");

		browser.open("/login");
		assertThat(browser.text("#login-submit")).as("the language is remembered in a cookie").isEqualTo("Log in");
	}
}
