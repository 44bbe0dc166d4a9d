package org.iprassist.cases.ecommerce.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.cases.ecommerce.EcommerceCaseDetermined.ClaimFinding;
import org.iprassist.cases.DeterminationOpinions;
import org.iprassist.core.personaldata.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The way a determination goes back to its platform: the sealed determination opinion PDF issued
 * in the receiving unit's name, a delivery queued for the signed webhook with every attempt
 * recorded, and a one-time link for the designated contact. Runs in the schema of the unit that
 * received the case from the platform (the regional centre), which answers the platform under the
 * cooperation agreement even when a sub-centre determined the case.
 * <p>
 * No usable secret is stored: the contact link lives only as its token's hash on the case and,
 * for the webhook, encrypted with the personal-data cipher; the webhook body is rebuilt from the
 * case at every attempt with a freshly minted PDF download link.
 */
@Repository
class DeterminationDeliveries {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter DOCUMENT_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private final JdbcClient jdbc;

	private final EcommerceCases cases;

	private final EcommerceUnits units;

	private final DeterminationOpinions opinions;

	private final OpinionLinks links;

	private final PersonalDataCipher cipher;

	private final ObjectMapper json;

	private final Clock clock;

	private final String publicBaseUrl;

	DeterminationDeliveries(JdbcClient jdbc, EcommerceCases cases, EcommerceUnits units, DeterminationOpinions opinions,
			OpinionLinks links, PersonalDataCipher cipher, ObjectMapper json, Clock clock,
			@Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.units = units;
		this.opinions = opinions;
		this.links = links;
		this.cipher = cipher;
		this.json = json;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	/**
	 * Issues the sealed determination opinion, creates the contact's one-time link and, if the case
	 * came with a callback, queues its delivery; must run in a transaction of the receiving unit.
	 * Idempotent per case.
	 * @return the one-time link's token
	 */
	String schedule(String unitCode, UUID caseId) {
		EcommerceCase c = cases.find(caseId).orElseThrow();
		opinions.issue(caseId, c.caseNumber(), opinionFields(unitCode, c), c.handler() == null ? unitCode : c.handler());
		String token = HexFormat.of().formatHex(random(24));
		cases.contactToken(caseId, sha256(token));
		if (c.callbackUrl() != null && c.clientId() != null) {
			Instant now = clock.instant();
			jdbc.sql("insert into ecommerce_delivery (id, case_id, client_id, callback_url, contact_link, state, attempts, "
					+ "next_attempt_at, created_at) select ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (select 1 as x) one "
					+ "where not exists (select 1 from ecommerce_delivery where case_id = ?)")
				.params(UUID.randomUUID().toString(), caseId.toString(), c.clientId(), c.callbackUrl(),
						cipher.encrypt(link(unitCode, token)), EcommerceCases.ts(now), EcommerceCases.ts(now),
						caseId.toString())
				.update();
		}
		return token;
	}

	/**
	 * The webhook body of a due delivery, as sent at this attempt; runs in the receiving unit.
	 */
	String body(String unitCode, Due due) {
		EcommerceCase c = cases.find(due.caseId()).orElseThrow();
		return json.writeValueAsString(document(unitCode, c, cipher.decrypt(due.contactLink())));
	}

	private Map<String, Object> opinionFields(String unitCode, EcommerceCase c) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("caseNumber", c.caseNumber());
		fields.put("platformReference", c.platformReference());
		fields.put("platform", c.platform());
		fields.put("shop", c.shop());
		fields.put("listingUrls", c.listingUrlList());
		fields.put("product", c.product());
		fields.put("patentNumber", c.patentNumber());
		fields.put("patentType", c.patentType());
		fields.put("rightHolder", c.rightHolder());
		fields.put("complainedParty", c.complainedParty());
		fields.put("handlingUnit", unitName(c.assignedUnit() == null ? unitCode : c.assignedUnit()));
		fields.put("findings", findings(c));
		fields.put("conclusion", c.conclusion());
		fields.put("reasons", c.conclusionReasons().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
		fields.put("receivedAt", DOCUMENT_TIME.withZone(clock.getZone()).format(c.receivedAt()));
		fields.put("determinedAt", DOCUMENT_TIME.withZone(clock.getZone()).format(c.determinedAt()));
		return fields;
	}

	private String unitName(String unitCode) {
		return units.find(unitCode).map(u -> u.name()).orElse(unitCode);
	}

	String link(String unitCode, String token) {
		return publicBaseUrl + "/p/ecommerce/" + unitCode + "/determinations/" + token;
	}

	/**
	 * The determination with a fresh download link to its sealed opinion; runs in the receiving unit.
	 */
	DeterminationDocument document(String unitCode, EcommerceCase c, String contactLink) {
		EcommerceCase.CaseClock taken = c.clock(clock);
		DeterminationDocument.Opinion opinion = opinions.of(c.id())
			.map(o -> new DeterminationDocument.Opinion(links.mint(unitCode, c.id()), o.sha256(), o.verificationCode(),
					publicBaseUrl + "/p/verify/" + o.verificationCode(), o.number()))
			.orElse(null);
		return new DeterminationDocument("determination-opinion", c.caseNumber(), c.platformReference(),
				unitName(unitCode), c.assignedUnit() == null ? null : unitName(c.assignedUnit()), c.platform(), c.shop(),
				c.product(), c.patentNumber(), c.patentType(), c.rightHolder(), c.complainedParty(), c.conclusion(),
				c.conclusionReasons(), findings(c), c.receivedAt(), c.determinedAt(), taken.elapsed().toMinutes(),
				!taken.breached(), contactLink, opinion);
	}

	List<ClaimFinding> findings(EcommerceCase c) {
		return c.claimFindings() == null ? List.of()
				: json.readValue(c.claimFindings(), new TypeReference<List<ClaimFinding>>() {
				});
	}

	List<Due> due(Instant now, int limit) {
		return jdbc.sql("select id, case_id, client_id, callback_url, contact_link, attempts from ecommerce_delivery "
				+ "where state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at")
			.param(EcommerceCases.ts(now))
			.query((rs, n) -> new Due(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	void attempted(UUID deliveryId, Instant at, Integer status, String error) {
		jdbc.sql("insert into ecommerce_delivery_attempt (id, delivery_id, attempted_at, status_code, error) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString(), deliveryId.toString(), EcommerceCases.ts(at), status,
					error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
			.update();
	}

	void delivered(Due due, Instant at) {
		jdbc.sql("update ecommerce_delivery set state = 'DELIVERED', attempts = attempts + 1, delivered_at = ? where id = ?")
			.params(EcommerceCases.ts(at), due.id().toString())
			.update();
		cases.delivered(due.caseId(), at);
	}

	void retryAt(Due due, Instant next) {
		jdbc.sql("update ecommerce_delivery set attempts = attempts + 1, next_attempt_at = ? where id = ?")
			.params(EcommerceCases.ts(next), due.id().toString())
			.update();
	}

	Optional<DeliveryView> ofCase(UUID caseId) {
		return jdbc.sql("select id, state, attempts, next_attempt_at, delivered_at from ecommerce_delivery where case_id = ?")
			.param(caseId.toString())
			.query((rs, n) -> new DeliveryView(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3),
					EcommerceCases.instant(rs, "next_attempt_at"), EcommerceCases.instant(rs, "delivered_at"), List.of()))
			.optional()
			.map(d -> new DeliveryView(d.id(), d.state(), d.attempts(), d.nextAttemptAt(), d.deliveredAt(),
					jdbc.sql("select attempted_at, status_code, error from ecommerce_delivery_attempt where delivery_id = ? "
							+ "order by attempted_at")
						.param(d.id().toString())
						.query((rs, n) -> new Attempt(EcommerceCases.instant(rs, "attempted_at"),
								rs.getObject("status_code") == null ? null : rs.getInt("status_code"),
								rs.getString("error")))
						.list()));
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return value;
	}

	/** A delivery whose next attempt is due; {@code contactLink} is encrypted. */
	record Due(UUID id, UUID caseId, String clientId, String callbackUrl, String contactLink, int attempts) {
	}

	/** A delivery and its attempts, for the case page. */
	record DeliveryView(UUID id, String state, int attempts, Instant nextAttemptAt, Instant deliveredAt,
			List<Attempt> attemptList) {
	}

	/** One attempt: when, the receiver's HTTP status (if it answered) and the error. */
	record Attempt(Instant at, Integer status, String error) {
	}
}
