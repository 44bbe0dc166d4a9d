package org.iprassist;

import java.net.http.HttpResponse;
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
 * The complaint flow in a browser, as a sub-centre's handler and the bureau go through it: the
 * handler adds the market-regulation bureau to the unit's directory, enters a complaint, registers
 * it (acceptance form) and transfers it (sealed, signed transfer letter); closing is refused while
 * the bureau's receipt is missing, with the reason on the page; the bureau, not logged in, confirms
 * through the one-time link sent with the letter; the handler records the bureau's filing feedback
 * and closes the case. Screenshots go to {@code target/screenshots/complaint-*.png}; the transfer
 * letter's first page to {@code complaint-transfer-letter-page1.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
class ComplaintBrowserFlowTests {

	static final String BUREAU = "南宁市市场监督管理局（知识产权局）";

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 1100).waitingUpTo(Duration.ofSeconds(15));

	@Test
	void complaintIsTransferredConfirmedByTheBureauAndClosed() throws Exception {
		browser.logIn("nanning-staff");
		addBureau();

		String caseNumber = enterComplaint();
		browser.click(browser.find(By.id("register")));
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "已登记受理"));
		assertThat(browser.findAll(By.id("doc-ACCEPTANCE_FORM"))).hasSize(1);
		assertThat(browser.find(By.id("bureauId")).getText()).contains("南宁市 · " + BUREAU);
		browser.scrollTo("#complaint");
		browser.screenshot("complaint-3-registered");

		browser.click(browser.find(By.id("transfer")));
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "已移交"));
		assertThat(browser.text("#complaint")).contains("移交至: " + BUREAU, "回执期限");
		browser.scrollTo("#complaint");
		browser.screenshot("complaint-4-transferred");
		checkTransferLetter(caseNumber);

		String caseUrl = browser.currentUrl();
		closeCase("结案前");
		assertThat(browser.text("#error-detail")).contains("不能结案", "签收回执").doesNotContain("受理单", "移交函");
		browser.screenshot("complaint-5-close-refused");

		browser.driver().get(caseUrl);
		assertThat(browser.text("#case-status")).isEqualTo("已移交");
		String receiptLink = browser.find(By.id("receipt-link")).getAttribute("href");
		browser.logOut();
		confirmReceiptAsTheBureau(receiptLink, caseNumber);

		browser.logIn("nanning-staff");
		browser.driver().get(caseUrl);
		assertThat(browser.text("#case-status")).isEqualTo("已签收");
		assertThat(browser.findAll(By.id("doc-RECEIPT"))).hasSize(1);
		assertThat(browser.text("#timeline")).contains("移交单位在线签收", "王局");
		WebElement filing = browser.find(By.cssSelector("#complaint form[action$='/filing']"));
		new Select(filing.findElement(By.name("filed"))).selectByValue("true");
		filing.findElement(By.name("bureauCaseNumber")).sendKeys("南市监立〔2026〕15号");
		browser.click(filing.findElement(By.cssSelector("button[type=submit]")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complaint"), "立案反馈"));
		assertThat(browser.text("#complaint")).contains("已立案", "南市监立〔2026〕15号");
		browser.scrollTo("#complaint");
		browser.screenshot("complaint-7-filing-recorded");

		closeCase("移交后已立案，举报人已知悉");
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "已结案"));
		assertThat(browser.findAll(By.id("close-case"))).isEmpty();
		assertThat(browser.text("#timeline")).contains("登记收案", "登记受理，生成受理单", "移交市场监督管理局",
				"移交单位在线签收", "移交单位已立案", "结案 已移交处理");
		assertThat(browser.text("#timeline")).as("outcome codes are translated").doesNotContain("TRANSFERRED");
		browser.screenshot("complaint-8-closed");
	}

	private void addBureau() {
		browser.open("/t/gx-nanning/bureaus");
		WebElement form = browser.until(ExpectedConditions.presenceOfElementLocated(By.id("bureau-form")));
		form.findElement(By.name("name")).sendKeys(BUREAU);
		form.findElement(By.name("city")).sendKeys("南宁市");
		form.findElement(By.name("contactPerson")).sendKeys("执法稽查科 王局");
		form.findElement(By.name("contactPhone")).sendKeys("13800138000");
		browser.click(browser.find(By.id("bureau-add")));
		browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bureaus"), BUREAU));
		browser.screenshot("complaint-1-bureau-added");
	}

	private String enterComplaint() {
		browser.open("/t/gx-nanning/cases/new-complaint");
		WebElement form = browser.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
		form.findElement(By.name("reporterName")).sendKeys("李四");
		form.findElement(By.name("reporterPhone")).sendKeys("13900139000");
		form.findElement(By.name("reportedParty")).sendKeys("南宁某商贸有限公司");
		form.findElement(By.name("jurisdictionCity")).sendKeys("南宁市");
		new Select(form.findElement(By.name("rightType"))).selectByValue("PATENT");
		form.findElement(By.name("rightNumber")).sendKeys("ZL201920123456.5");
		form.findElement(By.name("facts")).sendKeys("该公司门店销售仿冒本人专利产品的商品，已拍照留存。");
		browser.screenshot("complaint-2-form");
		browser.click(browser.find(By.id("complaint-save")));
		browser.until(ExpectedConditions.textToBe(By.id("case-status"), "已收到"));
		assertThat(browser.text("#timeline")).contains("登记收案");
		return browser.text("#case-number");
	}

	private void checkTransferLetter(String caseNumber) throws Exception {
		HttpResponse<byte[]> letter = browser.fetch(browser.find(By.id("doc-TRANSFER_LETTER")).getAttribute("href"));
		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(SignedPdfs.text(letter.body())).contains("移交函", "南宁分中心", BUREAU, caseNumber);
		assertThat(SignedPdfs.verifiedSigner(letter.body())).contains("gx-nanning");
		PdfPages.saveWithFirstPage(letter.body(), "complaint-transfer-letter");
	}

	private void closeCase(String followUp) {
		new Select(browser.find(By.id("outcomeCode"))).selectByValue("TRANSFERRED");
		browser.find(By.id("followUpNote")).sendKeys(followUp);
		browser.click(browser.find(By.id("close-case")));
	}

	private void confirmReceiptAsTheBureau(String receiptLink, String caseNumber) {
		browser.driver().get(receiptLink);
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-form")));
		assertThat(browser.text("section")).contains("南宁分中心", caseNumber, "请确认签收");
		browser.find(By.id("signedBy")).sendKeys("王局");
		browser.screenshot("complaint-6a-receipt-link");
		browser.click(browser.find(By.id("receipt-confirm")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-done")));
		browser.screenshot("complaint-6b-receipt-confirmed");

		browser.driver().get(receiptLink);
		assertThat(browser.findAll(By.id("receipt-form"))).as("the link works once").isEmpty();
		assertThat(browser.text("#error-detail")).isEqualTo("签收链接无效或已使用。");
		browser.screenshot("complaint-6c-receipt-link-used");
	}
}
