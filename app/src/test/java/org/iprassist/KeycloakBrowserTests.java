package org.iprassist;

import java.time.Duration;

import iprassist.appsupport.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal login through Keycloak in headless Chromium: the product's login page sends the
 * browser to the Guangxi realm's own login page, Keycloak sends it back with an authorization code
 * (PKCE), and the user lands in their unit's portal; another unit stays closed; logging out ends
 * the Keycloak session too, so the next login asks for the password again. Screenshots go to
 * {@code target/screenshots/keycloak-*.png}.
 */
@KeycloakIntegrationTest
class KeycloakBrowserTests {

	@RegisterExtension
	final BrowserSession browser = BrowserSession.window(1280, 900)
		.waitingUpTo(Duration.ofSeconds(20))
		.askingForChinese();

	final KeycloakServer keycloak = KeycloakServer.started();

	@Test
	void aUnitMemberLogsInThroughKeycloakIntoTheUnitAndOutOfKeycloak() {
		browser.open("/");
		browser.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findAll(By.id("password"))).as("no local password form").isEmpty();
		browser.screenshot("keycloak-1-product-login");
		browser.click(browser.find(By.id("keycloak-login-gx")));

		browser.until(ExpectedConditions.urlContains(keycloak.issuer("gx") + "/protocol/openid-connect/auth"));
		assertThat(browser.currentUrl()).contains("code_challenge=", "code_challenge_method=S256",
				"client_id=ipr-portal");
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		browser.screenshot("keycloak-2-keycloak-login");
		browser.find(By.id("username")).sendKeys("nanning-staff");
		// With organizations enabled, Keycloak asks for the user name first, then the password.
		browser.click(browser.find(By.id("kc-login")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
		browser.find(By.id("password")).sendKeys(KeycloakServer.PASSWORD);
		browser.screenshot("keycloak-3-keycloak-password");
		browser.click(browser.find(By.id("kc-login")));

		browser.until(ExpectedConditions.urlToBe(browser.url("/t/gx-nanning/")));
		assertThat(browser.text("#unit-name")).isEqualTo("中国（广西）知识产权维权援助南宁分中心");
		assertThat(browser.pageSource()).contains("南宁分中心 工作人员");
		browser.screenshot("keycloak-4-unit-home");

		browser.open("/t/gx-liuzhou/");
		assertThat(browser.text("#error-title")).isEqualTo("无权访问");
		assertThat(browser.pageSource()).doesNotContain("柳州市市场监督管理局");
		browser.screenshot("keycloak-5-other-unit-forbidden");

		browser.open("/t/gx-nanning/");
		browser.click(browser.find(By.xpath("//nav//form//button[normalize-space()='退出登录']")));
		browser.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.pageSource()).contains("您已安全退出");
		browser.screenshot("keycloak-6-logged-out");

		browser.click(browser.find(By.id("keycloak-login-gx")));
		browser.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		assertThat(browser.currentUrl()).as("the Keycloak session ended: Keycloak asks again")
			.startsWith(keycloak.issuer("gx"));
		browser.screenshot("keycloak-7-asked-again");
	}
}
