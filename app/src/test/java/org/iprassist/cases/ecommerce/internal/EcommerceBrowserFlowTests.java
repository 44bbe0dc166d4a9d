package org.iprassist.cases.ecommerce.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import iprassist.appsupport.BrowserSession;
import iprassist.testsupport.EcommerceIntakeSample;
import iprassist.testsupport.TestDatabase;
import iprassist.testsupport.WebhookReceiver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The e-commerce flow in a browser: the regional admin registers a platform, the platform posts a
 * case, the regional admin assigns it to Beihai (suggested first: the shop is in Beihai), Beihai's
 * handler determines it within the clock, and the platform's receiver gets a verifiable signed
 * determination, and the designated contact opens the determination through the one-time link.
 * Screenshots go to {@code target/screenshots/ecommerce-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = { "ipr.ecommerce.callbacks.allow-loopback=true",
		"ipr.ecommerce.delivery-interval=PT1H", "ipr.ecommerce.clock-sweep-interval=PT1H",
		"ipr.test.units=gx-centre,gx-nanning,gx-liuzhou,gx-guilin,gx-beihai" })
@Tag("browser")
class EcommerceBrowserFlowTests {

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 1000).waitingUpTo(Duration.ofSeconds(15));

	@Autowired
	WebhookDelivery webhooks;

	@Autowired
	EcommerceUnits units;

	@Test
	void theRegionalAdminAssignsACaseToBeihaiWhichDeterminesItInsideTheClock() throws Exception {
		browser.logIn("centre-admin");
		browser.open("/t/gx-centre/ecommerce/clients");
		browser.find(By.cssSelector("#client-form [name=name]")).sendKeys("淘宝（测试）");
		browser.click(browser.find(By.cssSelector("#client-form button")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("client-registered")));
		String clientId = browser.text("#client-id");
		String secret = browser.text("#client-secret");
		String webhookSecret = browser.text("#client-webhook-secret");
		browser.screenshot("ecommerce-1-platform-registered");

		try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/hook", webhookSecret))) {
			HttpResponse<String> posted = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(browser.url("/api/v1/intake/ecommerce-cases")))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(EcommerceIntakeSample.one("TB-BROWSER-1", receiver.url("/hook"))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(posted.statusCode()).isEqualTo(201);
			String caseNumber = com.jayway.jsonpath.JsonPath.read(posted.body(), "$.caseNumber");

			browser.open("/t/gx-centre/ecommerce");
			WebElement row = browser.find(By.id("case-" + caseNumber));
			assertThat(row.getText()).contains("待处理", "剩余", "23:5");
			browser.screenshot("ecommerce-2-centre-list");

			browser.click(row.findElement(By.linkText(caseNumber)));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("dispatch-form")));
			assertThat(browser.find(By.id("target-gx-beihai")).isSelected()).as("Beihai suggested first").isTrue();
			browser.scrollTo(browser.find(By.id("dispatch")));
			browser.screenshot("ecommerce-3-dispatch-suggestions");
			browser.click(browser.find(By.id("dispatch-submit")));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("case-message")));
			assertThat(browser.text("#case-status")).isEqualTo("已指派");
			assertThat(browser.text("#case-message")).contains("北海分中心");
			browser.screenshot("ecommerce-4-assigned");

			browser.logOut();
			browser.logIn("beihai-staff");
			browser.open("/t/gx-beihai/ecommerce");
			WebElement copy = browser.find(By.id("case-" + caseNumber));
			browser.screenshot("ecommerce-5-beihai-list");
			browser.click(copy.findElement(By.linkText(caseNumber)));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("determination-form")));
			WebElement form = browser.find(By.id("determination-form"));
			new Select(form.findElement(By.name("within0"))).selectByValue("YES");
			form.findElement(By.name("note0")).sendKeys("被诉产品具备权利要求1的全部技术特征");
			new Select(form.findElement(By.name("within1"))).selectByValue("NO");
			new Select(form.findElement(By.name("conclusion"))).selectByValue("INFRINGING");
			form.findElement(By.name("reasons")).sendKeys("被诉产品落入权利要求1的保护范围，构成侵权。");
			browser.scrollTo(form);
			browser.screenshot("ecommerce-6-determination-form");
			browser.click(browser.find(By.id("determination-submit")));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("determination")));
			assertThat(browser.text("#case-status")).isEqualTo("已判定");
			assertThat(browser.text("#conclusion")).isEqualTo("构成侵权");
			assertThat(browser.text("#case-clock")).contains("用时");
			browser.screenshot("ecommerce-7-determined-at-beihai");

			var centre = units.in("gx-centre");
			await().atMost(Duration.ofSeconds(15)).until(() -> webhooks.deliverDue(centre) == 1);
			assertThat(receiver.received).hasSize(1);
			assertThat(receiver.received.get(0).signatureValid()).isTrue();
			assertThat(receiver.received.get(0).body()).contains("\"platformReference\":\"TB-BROWSER-1\"",
					"\"conclusion\":\"INFRINGING\"", "\"withinClock\":true");

			browser.logOut();
			browser.logIn("centre-admin");
			browser.open("/t/gx-centre/ecommerce");
			browser.click(browser.find(By.linkText(caseNumber)));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery")));
			assertThat(browser.text("#case-status")).isEqualTo("已送达");
			assertThat(browser.text("#delivery")).contains("平台已确认", "204");
			assertThat(browser.text("#opinion")).contains("下载咨询判定意见书", "核验码", "SHA-256");
			assertThat(browser.find(By.id("opinion-pdf")).getAttribute("href")).endsWith("/opinion.pdf");
			browser.screenshot("ecommerce-8-delivered-at-centre");

			browser.open("/t/gx-centre/ecommerce/board");
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("board-stages")));
			assertThat(browser.text("#stage-received-determined")).doesNotContain("—");
			browser.screenshot("ecommerce-9-board");

			browser.logOut();
			String link = com.jayway.jsonpath.JsonPath.read(receiver.received.get(0).body(), "$.contactLink");
			String contactPath = link.substring(link.indexOf("/p/"));
			browser.open(contactPath);
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("open-determination")));
			assertThat(browser.text("#open-sender")).isEqualTo("中国（广西）知识产权维权援助中心");
			browser.screenshot("ecommerce-10-contact-link");
			browser.click(browser.find(By.id("open-determination")));
			browser.until(ExpectedConditions.presenceOfElementLocated(By.id("document-conclusion")));
			assertThat(browser.text("#document-conclusion")).isEqualTo("构成侵权");
			assertThat(browser.text("#document-case")).contains(caseNumber, "TB-BROWSER-1");
			browser.screenshot("ecommerce-11-contact-determination");
			browser.click(browser.find(By.id("language-switch")));
			browser.until(ExpectedConditions.textToBe(By.id("document-conclusion"), "Infringing"));
			browser.driver().manage().deleteAllCookies();
			browser.open(contactPath + "?lang=en");
			assertThat(browser.find(By.tagName("body")).getText()).as("another browser")
				.contains("This link is invalid or has been used.");
		}
	}
}
