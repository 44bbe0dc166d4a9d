package org.iprassist.cases.ecommerce.internal;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SSRF guard as deployed (loopback not allowed) and as the tests run it: at registration, and
 * at send time on the resolution the connection then uses (DNS rebinding).
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

	@Test
	void atSendTimeAHostThatNowResolvesToLoopbackOrAPrivateAddressIsRefusedBeforeAnyConnection() throws Exception {
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			listener.setSoTimeout(200);
			String url = "https://callback.example:" + listener.getLocalPort() + "/hook";
			for (String rebound : new String[] { "127.0.0.1", "10.0.0.7", "169.254.169.254" }) {
				CallbackSender sender = new CallbackSender(deployed, rebinding(rebound));
				assertThat(deployed.formRefusal(url)).isEmpty();
				assertThatThrownBy(() -> sender.post(url, Map.of(), "{}"))
					.isInstanceOf(CallbackSender.RefusedAddressException.class)
					.hasMessageContaining("ecommerce.callback.private");
				assertThatThrownBy(listener::accept).as("nothing connected").isInstanceOf(SocketTimeoutException.class);
				sender.destroy();
			}
			CallbackSender literal = new CallbackSender(deployed);
			assertThatThrownBy(() -> literal.post("https://127.0.0.1:" + listener.getLocalPort() + "/hook", Map.of(), "{}"))
				.isInstanceOf(CallbackSender.RefusedAddressException.class);
			assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
			literal.destroy();
		}
	}

	@Test
	void atSendTimeTheTestsLoopbackReceiverIsReachedThroughTheSameCheck() throws Exception {
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			listener.setSoTimeout(2000);
			CallbackSender sender = new CallbackSender(new CallbackUrls(true), rebinding("127.0.0.1"));
			Thread client = new Thread(() -> {
				try {
					sender.post("http://callback.example:" + listener.getLocalPort() + "/hook", Map.of(), "{}");
				}
				catch (java.io.IOException expected) {
				}
			});
			client.start();
			try (Socket connected = listener.accept()) {
				assertThat(connected.getInetAddress().isLoopbackAddress()).isTrue();
			}
			client.join(5000);
			sender.destroy();
		}
	}

	/** A name server that answered a public address when the callback was registered and now answers another. */
	private static DnsResolver rebinding(String now) {
		return new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return new InetAddress[] { InetAddress.getByName(now) };
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
	}
}
