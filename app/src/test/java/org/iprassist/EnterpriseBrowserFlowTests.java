package org.iprassist;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import iprassist.appsupport.BrowserSession;
import iprassist.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise services in a browser, as Beihai's staff go through them: register an enterprise (a
 * wrong credit code first, refused in Chinese with the input kept), draft and submit the visit
 * plan, record a visit with a need, answer and close the need, schedule a follow-up visit, make the
 * satisfaction-survey link and answer it once without logging in (a second answer gets the friendly
 * page), write and submit a case study; then the regional centre's admin accepts it as public and
 * anyone reads it on the province's typical-cases page. The main pages are saved at desktop and
 * phone widths to {@code target/screenshots/enterprise-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-beihai")
@Tag("browser")
class EnterpriseBrowserFlowTests {

	private static final Dimension DESKTOP = new Dimension(1280, 1000);

	private static final Dimension PHONE = new Dimension(390, 844);

	/** Pages that scroll sideways at phone width, reported together at the end of the flow. */
	private final List<String> overflowing = new ArrayList<>();

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 1000).waitingUpTo(Duration.ofSeconds(15));

	@Test
	void beihaiServesAnEnterpriseAndItsCaseStudyBecomesATypicalCase() {
		browser.logIn("beihai-staff");

		browser.open("/t/gx-beihai/enterprises/new");
		fillEnterprise("北海某海洋生物有限公司", "91450500MA5L00000X");
		submit(browser.find(By.cssSelector("#enterprise-form button[type=submit]")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#creditCode.is-invalid")));
		assertThat(browser.text("#creditCode-error")).contains("统一社会信用代码无效");
		assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo("北海某海洋生物有限公司");
		assertThat(browser.find(By.id("creditCode")).getDomProperty("value")).isEqualTo("91450500MA5L00000X");
		bothWidths("enterprise-1-form-refused");

		WebElement creditCode = browser.find(By.id("creditCode"));
		creditCode.clear();
		creditCode.sendKeys("91450500MA5L00001M");
		submit(browser.find(By.cssSelector("#enterprise-form button[type=submit]")));
		browser.until(ExpectedConditions.urlMatches("/t/gx-beihai/enterprises/[0-9a-f-]{36}$"));

		browser.open("/t/gx-beihai/enterprises");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprises")));
		assertThat(browser.text("#enterprises")).contains("北海某海洋生物有限公司", "91450500MA5L00001M", "北海市");
		bothWidths("enterprise-2-list");

		browser.open("/t/gx-beihai/visit-plans");
		browser.click(browser.find(By.cssSelector("#visit-plan-form input[name=enterpriseIds]")));
		submit(browser.find(By.cssSelector("#visit-plan-form button[type=submit]:not([name])")));
		browser.until(ExpectedConditions.textToBe(By.id("plan-status"), "草稿"));
		assertThat(browser.find(By.cssSelector("#visit-plan-form input[name=enterpriseIds]")).isSelected()).isTrue();
		submit(browser.find(By.id("submit-plan")));
		browser.until(ExpectedConditions.textToBe(By.id("plan-status"), "已上报"));
		bothWidths("enterprise-3-visit-plan");

		browser.open("/t/gx-beihai/visits");
		WebElement visitForm = browser.find(By.id("visit-form"));
		new Select(browser.find(By.id("enterpriseId"))).selectByVisibleText("北海某海洋生物有限公司");
		String visitedOn = LocalDate.now().minusDays(1).toString();
		setDate(browser.find(By.id("visitedOn")), visitedOn);
		browser.find(By.id("staff")).sendKeys("王海");
		browser.click(visitForm.findElement(By.cssSelector("input[name=services][value=POLICY_BRIEFING]")));
		visitForm.findElement(By.name("notes")).sendKeys("宣讲知识产权维权援助政策。");
		visitForm.findElements(By.name("needDescription")).get(0).sendKeys("希望了解海外展会知识产权风险");
		visitForm.findElements(By.name("needOwner")).get(0).sendKeys("王海");
		setDate(visitForm.findElements(By.name("needDueOn")).get(0), LocalDate.now().plusDays(14).toString());
		submit(visitForm.findElement(By.cssSelector("button[type=submit]")));
		browser.until(ExpectedConditions.urlMatches("/t/gx-beihai/visits/[0-9a-f-]{36}$"));
		String visitPath = URI.create(browser.currentUrl()).getPath();
		assertThat(browser.text("h1")).contains("北海某海洋生物有限公司");
		assertThat(browser.pageSource()).contains("希望了解海外展会知识产权风险", "待答复");

		WebElement answer = browser.find(By.name("answer"));
		answer.sendKeys("已提供展会知识产权保护指引，并约定展前辅导。");
		submit(answer.findElement(By.xpath("ancestor::form//button")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("section"), "已答复"));
		submit(browser.find(By.cssSelector("form[action$='/close'] button")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("section"), "已办结"));
		assertThat(browser.findAll(By.cssSelector("form[action$='/close']"))).isEmpty();

		String followUpOn = LocalDate.now().plusDays(30).toString();
		setDate(browser.find(By.cssSelector("#follow-up-form input[name=followUpOn]")), followUpOn);
		submit(browser.find(By.cssSelector("#follow-up-form button[type=submit]")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.find(By.cssSelector("#follow-up-form input[name=followUpOn]")).getDomProperty("value"))
			.isEqualTo(followUpOn);

		submit(browser.find(By.id("create-survey")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-link")));
		String surveyUrl = browser.text("#survey-link code");
		assertThat(surveyUrl).contains("/p/gx-beihai/surveys/");
		bothWidths("enterprise-4-visit");

		browser.open("/t/gx-beihai/visits");
		assertThat(browser.text("#follow-ups")).contains(followUpOn, "北海某海洋生物有限公司");
		bothWidths("enterprise-5-visits");

		browser.logOut();
		String surveyPath = URI.create(surveyUrl).getPath();
		browser.open(surveyPath);
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
		assertThat(browser.text("section p.text-muted")).contains("北海某海洋生物有限公司");
		bothWidths("enterprise-6-survey");
		// The contact opens the link twice, in two tabs, and answers in both: only the first counts.
		String firstTab = browser.driver().getWindowHandle();
		browser.driver().switchTo().newWindow(WindowType.TAB);
		browser.open(surveyPath);
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
		browser.click(browser.find(By.id("score5")));
		browser.find(By.cssSelector("#survey-form textarea[name=comment]")).sendKeys("服务及时，很有帮助。");
		submit(browser.find(By.cssSelector("#survey-form button[type=submit]")));
		assertThat(browser.text("section")).contains("感谢您的评价");
		browser.screenshot("enterprise-7-survey-thanks");
		browser.driver().close();
		browser.driver().switchTo().window(firstTab);
		browser.click(browser.find(By.id("score1")));
		browser.find(By.cssSelector("#survey-form textarea[name=comment]")).sendKeys("第二次提交");
		submit(browser.find(By.cssSelector("#survey-form button[type=submit]")));
		assertThat(browser.findAll(By.id("survey-closed"))).as("the second answer gets the friendly page").hasSize(1);
		browser.screenshot("enterprise-8-survey-second-answer");

		browser.open(surveyPath);
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-closed")));
		assertThat(browser.findAll(By.id("survey-form"))).isEmpty();
		assertThat(browser.fetch(surveyPath).statusCode()).as("a used link is gone").isEqualTo(410);
		bothWidths("enterprise-9-survey-closed");

		browser.logIn("beihai-staff");
		browser.open(visitPath);
		assertThat(browser.text("#surveys")).contains("评分 5", "服务及时，很有帮助。").doesNotContain("第二次提交");

		browser.open("/t/gx-beihai/case-studies");
		WebElement study = browser.find(By.id("case-study-form"));
		study.findElement(By.name("title")).sendKeys("北海：展前辅导帮助海洋生物企业规避海外展会风险");
		new Select(browser.find(By.id("visitId"))).selectByIndex(1);
		study.findElement(By.name("summary")).sendKeys("入企走访发现企业参展需求，分中心提供展前知识产权辅导。");
		study.findElement(By.name("body")).sendKeys("2026年，北海分中心走访企业时了解到其计划参加海外展会……");
		submit(study.findElement(By.cssSelector("button[type=submit]")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-case-study")));
		assertThat(browser.text("#case-study-status")).isEqualTo("草稿");
		submit(browser.find(By.id("submit-case-study")));
		browser.until(ExpectedConditions.textToBe(By.id("case-study-status"), "已报送"));
		bothWidths("enterprise-10-case-study-submitted");
		browser.logOut();

		browser.logIn("centre-admin");
		browser.open("/t/gx-centre/case-studies/network");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("network-case-studies")));
		assertThat(browser.text("#network-case-studies")).as("units by name, not code")
			.contains("北海分中心", "已报送")
			.doesNotContain("gx-beihai");
		bothWidths("enterprise-11-network-case-studies");
		browser.click(browser.find(By.linkText("北海：展前辅导帮助海洋生物企业规避海外展会风险")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("makePublic")));
		browser.click(browser.find(By.id("makePublic")));
		submit(browser.find(By.cssSelector("button[name=accept][value=true]")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.text("#network-case-studies")).contains("已采用");
		browser.logOut();

		browser.open("/p/gx/typical-cases");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("typical-cases")));
		assertThat(browser.currentUrl()).doesNotContain("/login");
		assertThat(browser.text("#typical-cases")).contains("北海：展前辅导帮助海洋生物企业规避海外展会风险",
				"北海分中心");
		bothWidths("enterprise-12-typical-cases");
		browser.click(browser.find(By.partialLinkText("北海：展前辅导")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("section"), "展前知识产权辅导"));
		browser.screenshot("enterprise-13-typical-case");

		assertThat(overflowing).as("pages that scroll sideways on a phone").isEmpty();
	}

	/** Clicks a form's button and waits for the page it leads to (often the same page, redirected to). */
	private void submit(WebElement button) {
		WebElement page = browser.find(By.tagName("html"));
		browser.click(button);
		browser.until(ExpectedConditions.stalenessOf(page));
	}

	private void fillEnterprise(String name, String creditCode) {
		browser.find(By.id("name")).sendKeys(name);
		browser.find(By.id("creditCode")).sendKeys(creditCode);
		browser.find(By.id("industry")).sendKeys("海洋生物制品");
		browser.find(By.id("city")).sendKeys("北海市");
		browser.find(By.id("contactName")).sendKeys("陈经理");
		browser.find(By.id("contactPhone")).sendKeys("13907790000");
		new Select(browser.find(By.id("size"))).selectByValue("SMALL");
	}

	/** A date input's typing format follows the browser locale; set the ISO value the form posts. */
	private void setDate(WebElement input, String isoDate) {
		browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input,
				isoDate);
	}

	/**
	 * Saves the page at desktop width and again, scrolled to its content, at a phone's (390 px), then
	 * goes back to desktop. At phone width the page's content must not scroll sideways (checked at
	 * the end of the flow).
	 */
	private void bothWidths(String name) {
		browser.script("window.scrollTo(0, 0);");
		browser.screenshot(name + "-desktop");
		browser.driver().manage().window().setSize(PHONE);
		browser.until(driver -> ((Number) browser.script("return window.innerWidth;")).intValue() <= PHONE.width);
		// On a phone the menus fill the first screen: show the page's own content.
		browser.script("document.querySelector('main').scrollIntoView({block: 'start', behavior: 'instant'});");
		browser.screenshot(name + "-phone");
		long overflow = ((Number) browser.script(
				"var page = document.documentElement; return page.scrollWidth - page.clientWidth;"))
			.longValue();
		browser.driver().manage().window().setSize(DESKTOP);
		browser.until(driver -> ((Number) browser.script("return window.innerWidth;")).intValue() > PHONE.width);
		if (overflow > 0) {
			overflowing.add(name + " by " + overflow + " px");
		}
	}
}
