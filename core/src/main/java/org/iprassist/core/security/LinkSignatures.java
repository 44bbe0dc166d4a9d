package org.iprassist.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signatures of links that stand in for a log-in, such as a download link sent to a platform:
 * HMAC-SHA256 under a key of their own ({@code ipr.links.key}, or a key file created on first
 * start), not the personal-data key, so that rotating it only ends the links in flight and a leak
 * of one key says nothing about the other. Every signature names its purpose, so a signature made
 * for one kind of link is worthless for another.
 */
@Component
public class LinkSignatures {

	private final SecretKeySpec key;

	LinkSignatures(@Value("${ipr.links.key:}") String configuredKey,
			@Value("${ipr.links.key-file:./data/link-signing.key}") String keyFile) {
		this.key = new SecretKeySpec(SecretKeys.load("ipr.links.key", configuredKey, keyFile), "HmacSHA256");
	}

	/**
	 * @return the signature of {@code value} for {@code purpose}, in lower-case hex
	 */
	public String sign(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * @return whether {@code signature} is the signature of {@code value} for {@code purpose},
	 * compared in constant time
	 */
	public boolean verify(String purpose, String value, String signature) {
		return signature != null && MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}
}
