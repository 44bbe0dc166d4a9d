package org.iprassist.cases.internal.ecommerce;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the webhook from becoming a server-side request forgery: a callback must be https and its
 * host must resolve only to public addresses (no loopback, private, link-local, carrier-grade NAT,
 * unique-local or wildcard address). Checked when a case is received and again before every
 * delivery, since a name may resolve differently later. Tests that run a receiver on loopback set
 * {@code ipr.ecommerce.callbacks.allow-loopback=true}, which also admits plain http there; it is
 * never set in a deployment.
 */
@Component
class CallbackUrls {

	private final boolean allowLoopback;

	CallbackUrls(@Value("${ipr.ecommerce.callbacks.allow-loopback:false}") boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	/**
	 * @return the message key saying why the URL is refused, empty if it may be called
	 */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("ecommerce.callback.malformed");
		}
		if (uri.getHost() == null || uri.getUserInfo() != null) {
			return Optional.of("ecommerce.callback.malformed");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("ecommerce.callback.unresolvable");
		}
		boolean loopback = allowLoopback && addresses.length > 0
				&& java.util.Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
		if (!"https".equalsIgnoreCase(uri.getScheme()) && !(loopback && "http".equalsIgnoreCase(uri.getScheme()))) {
			return Optional.of("ecommerce.callback.not-https");
		}
		if (!loopback) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					return Optional.of("ecommerce.callback.private");
				}
			}
		}
		return Optional.empty();
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			return (b[0] & 0xfe) != 0xfc;
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		return first != 0 && !(first == 100 && second >= 64 && second <= 127) && !(first == 169 && second == 254)
				&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
	}
}
