package org.iprassist.core.files;

import java.util.HexFormat;

/**
 * An upload that passed {@link Uploads#check}: its cleaned name, sniffed type, bytes and SHA-256.
 */
public record CheckedFile(String fileName, AllowedType type, byte[] content, String sha256) {

	public String mediaType() {
		return this.type.mediaType();
	}

	public long size() {
		return this.content.length;
	}

	static String sha256Of(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
