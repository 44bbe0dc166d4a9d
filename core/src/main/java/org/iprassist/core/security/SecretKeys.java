package org.iprassist.core.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * Where a 256-bit secret key comes from: its property (32 bytes, Base64) in a real deployment,
 * set from the secret store; otherwise a key file beside the embedded database, created on first
 * start, so the demo keeps reading its own data across restarts while no key ever sits in the
 * repository.
 */
public final class SecretKeys {

	private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

	private static final int BYTES = 32;

	private SecretKeys() {
	}

	/**
	 * @param property the property that sets the key, named in errors and warnings
	 * @param configuredKey the property's value, blank when not set
	 * @param keyFile the file to read, or to create when the property is not set
	 */
	public static byte[] load(String property, String configuredKey, String keyFile) {
		byte[] key = StringUtils.hasText(configuredKey) ? Base64.getDecoder().decode(configuredKey.strip())
				: fromFile(property, Path.of(keyFile));
		if (key.length != BYTES) {
			throw new IllegalStateException(property + " must be " + BYTES + " bytes (Base64), got " + key.length);
		}
		return key;
	}

	private static byte[] fromFile(String property, Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] key = new byte[BYTES];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("File system has no POSIX permissions for {}", file);
			}
			log.warn("No {} configured: created a local key file {}; set the property in production", property,
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the key file " + file + " of " + property, ex);
		}
	}
}
