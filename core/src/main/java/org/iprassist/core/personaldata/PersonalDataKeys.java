package org.iprassist.core.personaldata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * Where the personal-data key comes from: {@code ipr.personal-data.key} (32 bytes, Base64) in a
 * real deployment, set from its secret store; otherwise a key file beside the embedded database,
 * created on first start, so the demo keeps reading its own data across restarts while no key
 * ever sits in the repository.
 */
final class PersonalDataKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

	private PersonalDataKeys() {
	}

	static SecretKeySpec load(String configuredKey, String keyFile) {
		byte[] key = StringUtils.hasText(configuredKey) ? Base64.getDecoder().decode(configuredKey.strip())
				: fromFile(Path.of(keyFile));
		if (key.length != 32) {
			throw new IllegalStateException("ipr.personal-data.key must be 32 bytes (Base64), got " + key.length);
		}
		return new SecretKeySpec(key, "AES");
	}

	private static byte[] fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("File system has no POSIX permissions for {}", file);
			}
			log.warn("No ipr.personal-data.key configured: created a local key file {}; set the property in production",
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the personal-data key file " + file, ex);
		}
	}
}
