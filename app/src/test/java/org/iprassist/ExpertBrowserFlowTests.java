package org.iprassist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert pool in a browser: a sub-centre recommends an expert with a supporting file, the
 * regional centre admits them from its review queue, and another sub-centre finds them in the pool.
 * Screenshots go to {@code target/screenshots/experts-<step>.png}. Same needs as
 * {@link BrowserFlowTests} (Chromium, chromedriver, CJK fonts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class ExpertBrowserFlowTests {

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 1000);

	@Test
	void aRecommendationIsAdmittedAndTheExpertAppearsInThePool() throws IOException {
		browser.logIn("nanning-staff");
		browser.open("/t/gx-nanning/recommendations");
		WebElement form = browser.until(ExpectedConditions.presenceOfElementLocated(By.id("recommend")));
		form.findElement(By.name("name")).sendKeys("黎明远");
		form.findElement(By.name("title")).sendKeys("教授");
		form.findElement(By.name("employer")).sendKeys("广西大学机械工程学院");
		browser.click(form.findElement(By.id("right-PATENT")));
		form.findElement(By.name("qualifications")).sendKeys("专利代理师、高级工程师");
		form.findElement(By.name("technicalFields")).sendKeys("B65G, B66C");
		form.findElement(By.name("phone")).sendKeys("13907719999");
		form.findElement(By.name("affiliations")).sendKeys("广西北部湾港务集团有限公司");
		form.findElement(By.name("reason")).sendKeys("长期从事港口起重机械研究，熟悉专利侵权判定。");
		Path letter = Files.createTempFile("推荐函", ".txt");
		Files.writeString(letter, "推荐黎明远教授入选广西知识产权维权援助专家库。");
		form.findElement(By.id("supportingFile")).sendKeys(letter.toString());
		browser.screenshot("experts-1-recommendation-form");
		browser.click(browser.find(By.id("submit-recommendation")));

		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("recommended")));
		assertThat(browser.text("#my-recommendations")).contains("黎明远", "待审核");
		browser.screenshot("experts-2-recommended");
		browser.logOut();

		browser.logIn("centre-admin");
		browser.open("/t/gx-centre/recommendations");
		WebElement item = browser.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#queue .queue-item[data-name='黎明远']")));
		assertThat(item.getText()).contains("广西大学机械工程学院", "南宁分中心", "港口起重机械");
		item.findElement(By.cssSelector("form input[name=reason]")).sendKeys("材料齐全，同意入库");
		browser.scrollTo(item);
		browser.screenshot("experts-3-review-queue");
		browser.click(item.findElement(By.cssSelector("button.admit")));

		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
		assertThat(browser.findAll(By.cssSelector("#queue .queue-item[data-name='黎明远']"))).isEmpty();
		browser.screenshot("experts-4-admitted");
		browser.logOut();

		browser.logIn("liuzhou-staff");
		browser.open("/t/gx-liuzhou/experts");
		WebElement search = browser.until(ExpectedConditions.presenceOfElementLocated(By.id("pool-search")));
		search.findElement(By.name("text")).sendKeys("黎明远");
		new Select(search.findElement(By.name("rightType"))).selectByValue("PATENT");
		browser.click(search.findElement(By.cssSelector("button[type=submit]")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("experts")));
		assertThat(browser.text("#experts")).contains("黎明远", "广西大学机械工程学院", "在岗", "B65G");
		browser.screenshot("experts-5-in-the-pool");

		browser.click(browser.find(By.linkText("黎明远")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("expert-name")));
		assertThat(browser.text("#expert-phone")).isEqualTo("139****9999");
		assertThat(browser.text("#history")).contains("待审核", "已入库", "在岗", "材料齐全，同意入库");
		browser.screenshot("experts-6-detail");
	}
}
