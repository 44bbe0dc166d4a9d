package org.iprassist.core.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.iprassist.core.security.SecretKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data with AES-256-GCM (a fresh 96-bit nonce per value, stored as
 * {@code v1:<base64(nonce|ciphertext)>}) and computes blind indexes (HMAC-SHA256 under a key
 * derived from the same secret) so that a duplicate ID number can be found without decrypting
 * the pool.
 */
@Component
public class PersonalDataCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(@Value("${ipr.personal-data.key:}") String configuredKey,
			@Value("${ipr.personal-data.key-file:./data/personal-data.key}") String keyFile) {
		this.key = new SecretKeySpec(SecretKeys.load("ipr.personal-data.key", configuredKey, keyFile), "AES");
		this.indexKey = new SecretKeySpec(hmac(this.key, "ipr-blind-index"), "HmacSHA256");
	}

	public String encrypt(String clear) {
		if (clear == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Personal data could not be encrypted", ex);
		}
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Stored personal data is not in a known encrypted format");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Stored personal data could not be decrypted (wrong key?)", ex);
		}
	}

	/** A stable keyed hash of a normalised value, for unique indexes and equality lookups. */
	public String blindIndex(String clear) {
		if (clear == null) {
			return null;
		}
		return HexFormat.of().formatHex(hmac(this.indexKey, clear.strip().toUpperCase(java.util.Locale.ROOT)));
	}

	private static byte[] hmac(SecretKeySpec key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key.getAlgorithm().equals("AES") ? new SecretKeySpec(key.getEncoded(), "HmacSHA256") : key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
