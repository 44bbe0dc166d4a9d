package org.iprassist.cases.ecommerce.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the webhook from becoming a server-side request forgery: a callback must be https and its
 * host must resolve only to public addresses (no loopback, private, link-local, carrier-grade NAT,
 * unique-local or wildcard address). Checked in full when a case is received; at send time the
 * form is checked here and the addresses by {@link CallbackSender}, on the very resolution it then
 * connects to, so a name that resolves differently later (DNS rebinding) cannot slip through.
 * Tests that run a receiver on loopback set {@code ipr.ecommerce.callbacks.allow-loopback=true},
 * which also admits plain http there; it is never set in a deployment.
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
		Optional<URI> uri = parse(url);
		if (uri.isEmpty()) {
			return Optional.of("ecommerce.callback.malformed");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.get().getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("ecommerce.callback.unresolvable");
		}
		if (!"https".equalsIgnoreCase(uri.get().getScheme())
				&& !(loopbackOnly(addresses) && "http".equalsIgnoreCase(uri.get().getScheme()))) {
			return Optional.of("ecommerce.callback.not-https");
		}
		return addressRefusal(addresses);
	}

	/**
	 * The send-time check of the URL alone; its addresses are checked as they are resolved.
	 * @return the message key saying why the URL is refused, empty if it may be called
	 */
	Optional<String> formRefusal(String url) {
		Optional<URI> uri = parse(url);
		if (uri.isEmpty()) {
			return Optional.of("ecommerce.callback.malformed");
		}
		boolean https = "https".equalsIgnoreCase(uri.get().getScheme());
		return https || (allowLoopback && "http".equalsIgnoreCase(uri.get().getScheme())) ? Optional.empty()
				: Optional.of("ecommerce.callback.not-https");
	}

	/**
	 * @return the message key saying why a host resolving to these addresses is refused, empty if
	 *         it may be called
	 */
	Optional<String> addressRefusal(InetAddress[] addresses) {
		if (addresses.length == 0) {
			return Optional.of("ecommerce.callback.unresolvable");
		}
		if (loopbackOnly(addresses)) {
			return Optional.empty();
		}
		return Arrays.stream(addresses).allMatch(CallbackUrls::isPublic) ? Optional.empty()
				: Optional.of("ecommerce.callback.private");
	}

	private boolean loopbackOnly(InetAddress[] addresses) {
		return allowLoopback && addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
	}

	private static Optional<URI> parse(String url) {
		try {
			URI uri = URI.create(url);
			return uri.getHost() == null || uri.getUserInfo() != null ? Optional.empty() : Optional.of(uri);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
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
