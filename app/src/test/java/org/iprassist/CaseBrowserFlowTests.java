package org.iprassist;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import iprassist.appsupport.BrowserSession;
import iprassist.appsupport.PdfPages;
import iprassist.testsupport.SignedPdfs;
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

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 1100).waitingUpTo(Duration.ofSeconds(15));

	@Test
	void applicationToVerifiedOpinionLetter() throws Exception {
		browser.open("/p/gx-nanning/apply");
		fillApplication("ZL201920123456.4");
		browser.screenshot("case-1-public-form");
		browser.click(browser.find(By.id("public-apply-submit")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rightNumber.is-invalid")));
		assertThat(browser.find(By.cssSelector("#rightNumber ~ .invalid-feedback")).getText())
			.contains("专利号格式不正确或校验位不符");
		browser.screenshot("case-2-public-form-refused");

		WebElement rightNumber = browser.find(By.id("rightNumber"));
		rightNumber.clear();
		rightNumber.sendKeys("ZL201920123456.5");
		Path evidence = Files.writeString(Files.createTempFile("evidence-", ".txt"), "公证购买记录：2026年11月1日购得涉案产品一件。");
		browser.find(By.id("evidence")).sendKeys(evidence.toString());
		browser.click(browser.find(By.id("public-apply-submit")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("applied")));
		String caseNumber = browser.text("#applied p").replaceAll(".*(YZ-\\d{4}-\\d{6}).*", "$1");
		assertThat(caseNumber).matches("YZ-\\d{4}-\\d{6}");
		browser.screenshot("case-3-public-applied");

		browser.logIn("nanning-staff");
		browser.open("/t/gx-nanning/cases");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("case-list")));
		browser.screenshot("case-4-list");
		browser.click(browser.find(By.linkText(caseNumber)));
		browser.until(ExpectedConditions.textToBe(By.id("case-number"), caseNumber));
		assertThat(browser.text("#documents")).contains("evidence-");
		assertThat(browser.text("#timeline")).contains("网上申请提交");

		new Select(browser.find(By.id("decision"))).selectByValue("ACCEPT");
		browser.click(browser.find(By.id("decide")));
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "已受理"));

		String expert = browser.text("label[for=expert-0]").split(" · ")[0];
		browser.click(browser.find(By.id("expert-0")));
		browser.find(By.id("question")).sendKeys("被诉产品是否落入涉案专利权利要求1的保护范围？");
		browser.screenshot("case-5-consultation");
		browser.click(browser.find(By.id("consult")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("consultations")));
		assertThat(browser.text("#consultations")).contains(expert);
		assertThat(browser.text("#timeline")).contains("发起专家咨询");

		browser.click(browser.find(By.id("draft-letter")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-text")));
		assertThat(browser.find(By.id("letter-text")).getAttribute("value")).contains(caseNumber);
		browser.scrollTo("#letter");
		browser.screenshot("case-6-letter-draft");
		browser.click(browser.find(By.id("approve-letter")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("issue-letter")));
		browser.click(browser.find(By.id("issue-letter")));
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "意见书已出具"));
		browser.scrollTo("#documents");
		browser.screenshot("case-7-letter-issued");

		WebElement letterLink = browser.find(By.id("doc-OPINION_LETTER"));
		HttpResponse<byte[]> download = browser.fetch(letterLink.getAttribute("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		byte[] pdf = download.body();
		assertThat(SignedPdfs.text(pdf)).contains("知识产权维权援助咨询意见书", "南宁分中心", caseNumber);
		assertThat(SignedPdfs.verifiedSigner(pdf)).contains("gx-nanning");
		Path pdfFile = PdfPages.saveWithFirstPage(pdf, "case-letter");

		String verifyHref = browser.find(By.cssSelector(".verify-link")).getAttribute("href");
		browser.logOut();
		browser.driver().get(verifyHref);
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-facts")));
		assertThat(browser.text("#verify-issuer")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(browser.text("#verify-kind")).isEqualTo("咨询意见书");
		browser.screenshot("case-8-verify");
		browser.find(By.id("verify-file")).sendKeys(pdfFile.toAbsolutePath().toString());
		browser.click(browser.find(By.id("verify-compare")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-identical")));
		browser.screenshot("case-9-verify-identical");
	}

	private void fillApplication(String patentNumber) {
		browser.find(By.id("applicantName")).sendKeys("张三");
		browser.find(By.id("idNumber")).sendKeys("11010519491231002X");
		browser.find(By.id("phone")).sendKeys("13800138000");
		browser.find(By.id("rightNumber")).sendKeys(patentNumber);
		browser.find(By.id("counterparty")).sendKeys("南宁某仿冒制品有限公司");
		browser.find(By.id("facts")).sendKeys("对方未经许可制造、销售与本人专利相同的产品。");
	}
}
