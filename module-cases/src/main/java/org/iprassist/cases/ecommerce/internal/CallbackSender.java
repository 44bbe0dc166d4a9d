package org.iprassist.cases.ecommerce.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts webhook bodies so that the address checked is the address connected to. The name is
 * resolved once per connection by a {@link DnsResolver} that refuses any non-public address
 * ({@link CallbackUrls#addressRefusal}) and hands the checked addresses straight to the
 * connection; TLS still verifies the certificate against the host name. Connections are never
 * reused, so every attempt resolves and checks afresh; redirects are not followed and no proxy
 * is consulted.
 */
@Component
class CallbackSender implements DisposableBean {

	private final CloseableHttpClient http;

	@Autowired
	CallbackSender(CallbackUrls callbacks) {
		this(callbacks, SystemDefaultDnsResolver.INSTANCE);
	}

	CallbackSender(CallbackUrls callbacks, DnsResolver lookup) {
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new CheckingResolver(callbacks, lookup))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(5))
					.setSocketTimeout(Timeout.ofSeconds(10))
					.build())
				.build())
			.setConnectionReuseStrategy((request, response, context) -> false)
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(10)).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.build();
	}

	/**
	 * @return the receiver's HTTP status
	 * @throws RefusedAddressException if the callback's host resolves to a non-public address
	 */
	int post(String url, Map<String, String> headers, String body) throws IOException {
		HttpPost post = new HttpPost(url);
		headers.forEach(post::setHeader);
		post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
		return http.execute(post, response -> {
			EntityUtils.consume(response.getEntity());
			return response.getCode();
		});
	}

	@Override
	public void destroy() throws IOException {
		http.close();
	}

	/** A callback host that resolved to an address the webhook must not reach. */
	static class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String host, String reason) {
			super(host + " refused: " + reason);
		}
	}

	private record CheckingResolver(CallbackUrls callbacks, DnsResolver lookup) implements DnsResolver {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			InetAddress[] addresses = lookup.resolve(host);
			String refusal = callbacks.addressRefusal(addresses).orElse(null);
			if (refusal != null) {
				throw new RefusedAddressException(host, refusal);
			}
			return addresses;
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			return lookup.resolveCanonicalHostname(host);
		}
	}
}
