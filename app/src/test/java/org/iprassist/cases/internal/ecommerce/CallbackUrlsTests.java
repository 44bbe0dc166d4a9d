package org.iprassist.cases.internal.ecommerce;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSRF guard as deployed (loopback not allowed) and as the tests run it.
 */
class CallbackUrlsTests {

	final CallbackUrls deployed = new CallbackUrls(false);

	@Test
	void onlyHttpsToPublicAddressesPasses() {
		assertThat(deployed.refusal("https://93.184.215.14/hook")).isEmpty();
		assertThat(deployed.refusal("http://93.184.215.14/hook")).contains("ecommerce.callback.not-https");
		assertThat(deployed.refusal("https://127.0.0.1/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://localhost:8443/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://10.1.2.3/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://172.16.0.1/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://192.168.1.1/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://169.254.169.254/latest/meta-data")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://100.64.0.1/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://0.0.0.0/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://[::1]/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://[fd00::1]/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://[fe80::1]/hook")).contains("ecommerce.callback.private");
		assertThat(deployed.refusal("https://user:pw@93.184.215.14/hook")).contains("ecommerce.callback.malformed");
		assertThat(deployed.refusal("not a url")).contains("ecommerce.callback.malformed");
		assertThat(deployed.refusal("https://no-such-host.invalid/hook")).contains("ecommerce.callback.unresolvable");
	}

	@Test
	void testsMayCallAReceiverOnLoopbackOnly() {
		CallbackUrls tests = new CallbackUrls(true);
		assertThat(tests.refusal("http://127.0.0.1:8099/hook")).isEmpty();
		assertThat(tests.refusal("http://10.1.2.3/hook")).contains("ecommerce.callback.not-https");
		assertThat(tests.refusal("https://10.1.2.3/hook")).contains("ecommerce.callback.private");
	}
}
