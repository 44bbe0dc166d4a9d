package org.iprassist.cases.ecommerce.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.core.personaldata.PersonalDataCipher;
import org.iprassist.core.tenancy.TenantWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The register of platform clients, kept in the platform schema because a platform's call must be
 * authenticated before anyone knows which unit it belongs to. The client secret is shown once and
 * stored only as its SHA-256: it is 192 random bits, not a password a person chose, so no dictionary
 * reaches it and a slow hash would only cost every call of the platform ~100 ms of CPU (BCrypt was
 * 13.5 % of a batch intake's samples). Secrets stored as BCrypt before that still authenticate. The
 * webhook secret must be used to sign, so it is stored encrypted.
 */
@Service
class PlatformClientManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SHA256 = "sha256:";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final TenantWork.Scope platform;

	PlatformClientManagement(JdbcClient jdbc, PasswordEncoder passwords, PersonalDataCipher cipher, Clock clock,
			TenantWork work) {
		this.jdbc = jdbc;
		this.platform = work.platform();
		this.passwords = passwords;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * @return the new client with its secrets in clear, the only time they are ever shown
	 */
	Registered register(String name, String provinceCode, String centreUnitCode, String registeredBy) {
		String clientId = "ec-" + HexFormat.of().formatHex(random(8));
		String secret = HexFormat.of().formatHex(random(24));
		String webhookSecret = HexFormat.of().formatHex(random(32));
		platform.call(() -> jdbc.sql("insert into ecommerce_platform_client (id, client_id, secret_hash, "
				+ "webhook_secret, name, province_code, centre_unit_code, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString(), clientId, hashOf(secret), cipher.encrypt(webhookSecret), name,
					provinceCode, centreUnitCode, EcommerceCases.ts(clock.instant()), registeredBy)
			.update());
		return new Registered(clientId, secret, webhookSecret);
	}

	boolean revoke(String centreUnitCode, String clientId) {
		return platform.call(() -> jdbc.sql("update ecommerce_platform_client set revoked_at = ? "
				+ "where client_id = ? and centre_unit_code = ? and revoked_at is null")
			.params(EcommerceCases.ts(clock.instant()), clientId, centreUnitCode)
			.update() == 1);
	}

	List<PlatformClient> ofCentre(String centreUnitCode) {
		return platform.call(() -> jdbc.sql("select * from ecommerce_platform_client where centre_unit_code = ? "
				+ "order by created_at desc")
			.param(centreUnitCode)
			.query(PlatformClientManagement::map)
			.list());
	}

	/**
	 * @return the active client whose secret matches, empty for an unknown, revoked or wrong one
	 */
	Optional<PlatformClient> authenticate(String clientId, String secret) {
		return platform.call(() -> jdbc.sql("select * from ecommerce_platform_client where client_id = ?")
			.param(clientId)
			.query((rs, n) -> new Row(map(rs, n), rs.getString("secret_hash")))
			.optional())
			.filter(row -> row.client().active() && matches(secret, row.secretHash()))
			.map(Row::client);
	}

	Optional<String> webhookSecret(String clientId) {
		return platform.call(() -> jdbc.sql("select webhook_secret from ecommerce_platform_client where client_id = ?")
			.param(clientId)
			.query(String.class)
			.optional())
			.map(cipher::decrypt);
	}

	private boolean matches(String secret, String stored) {
		if (!stored.startsWith(SHA256)) {
			return passwords.matches(secret, stored);
		}
		return MessageDigest.isEqual(hashOf(secret).getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII));
	}

	private static String hashOf(String secret) {
		try {
			return SHA256 + HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static byte[] random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return value;
	}

	private static PlatformClient map(ResultSet rs, int row) throws SQLException {
		return new PlatformClient(rs.getString("client_id"), rs.getString("name"), rs.getString("province_code"),
				rs.getString("centre_unit_code"), EcommerceCases.instant(rs, "created_at"), rs.getString("created_by"),
				EcommerceCases.instant(rs, "revoked_at"));
	}

	/** A freshly registered client's credentials. */
	record Registered(String clientId, String secret, String webhookSecret) {
	}

	private record Row(PlatformClient client, String secretHash) {
	}
}
