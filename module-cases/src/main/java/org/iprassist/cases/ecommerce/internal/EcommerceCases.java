package org.iprassist.cases.ecommerce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-commerce cases of the current unit's schema (the tenant routing picks the schema), in
 * plain SQL: intake inserts thousands of rows a minute and the unique keys carry the idempotency.
 */
@Repository
class EcommerceCases {

	static final String COLUMNS = "id, case_number, origin, client_id, platform_reference, source_unit, source_case_id, "
			+ "source_dispatch_id, platform, shop, shop_city, listing_urls, product, right_holder, patent_number, "
			+ "patent_type, complained_party, claims, evidence_links, contact_name, contact_email, contact_phone, "
			+ "callback_url, received_at, status, assigned_unit, assigned_at, decline_reason, handler, determined_at, "
			+ "conclusion, conclusion_reasons, claim_findings, delivered_at, warned_at, breached_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	EcommerceCases(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	static final String INSERT = "insert into ecommerce_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	void insert(EcommerceCase c) {
		jdbc.sql(INSERT).params(values(c)).update();
	}

	/**
	 * Inserts many cases in one JDBC batch; a duplicate key fails the whole batch (the caller's
	 * transaction rolls it back).
	 */
	void insertAll(List<EcommerceCase> all) {
		batch.batchUpdate(INSERT, all.stream().map(EcommerceCases::values).toList());
	}

	/**
	 * @return the cases a platform client already sent under any of the given references
	 */
	List<EcommerceCase> findByPlatformReferences(String clientId, Collection<String> references) {
		if (references.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case where client_id = :client and platform_reference in (:refs)")
			.param("client", clientId)
			.param("refs", List.copyOf(references))
			.query(EcommerceCases::map)
			.list();
	}

	private static Object[] values(EcommerceCase c) {
		return new Object[] { c.id().toString(), c.caseNumber(), c.origin().name(), c.clientId(), c.platformReference(),
				c.sourceUnit(), str(c.sourceCaseId()), str(c.sourceDispatchId()), c.platform(), c.shop(), c.shopCity(),
				c.listingUrls(), c.product(), c.rightHolder(), c.patentNumber(), c.patentType(), c.complainedParty(),
				c.claims(), c.evidenceLinks(), c.contactName(), c.contactEmail(), c.contactPhone(), c.callbackUrl(),
				ts(c.receivedAt()), c.status().name(), c.assignedUnit(), ts(c.assignedAt()), c.declineReason(),
				c.handler(), ts(c.determinedAt()), c.conclusion(), c.conclusionReasons(), c.claimFindings(),
				ts(c.deliveredAt()), ts(c.warnedAt()), ts(c.breachedAt()) };
	}

	Optional<EcommerceCase> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case where id = ?")
			.param(id.toString())
			.query(EcommerceCases::map)
			.optional();
	}

	Optional<EcommerceCase> findByPlatformReference(String clientId, String reference) {
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case where client_id = ? and platform_reference = ?")
			.params(clientId, reference)
			.query(EcommerceCases::map)
			.optional();
	}

	Optional<EcommerceCase> findBySourceDispatch(UUID dispatchId) {
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case where source_dispatch_id = ?")
			.param(dispatchId.toString())
			.query(EcommerceCases::map)
			.optional();
	}

	/**
	 * @return the unit's cases, open ones first by receipt (oldest first, so the tightest clock leads),
	 *         then the others newest first
	 */
	List<EcommerceCase> list(int limit) {
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case order by case when status in "
				+ "('RECEIVED','ASSIGNING','ASSIGNED') then 0 else 1 end, "
				+ "case when status in ('RECEIVED','ASSIGNING','ASSIGNED') then received_at end asc, received_at desc")
			.query(EcommerceCases::map)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	List<EcommerceCase> receivedSince(Instant since) {
		return jdbc.sql("select " + COLUMNS + " from ecommerce_case where received_at >= ? order by received_at")
			.param(ts(since))
			.query(EcommerceCases::map)
			.list();
	}

	/**
	 * @return open cases received at or before {@code receivedBy} that have no mark in {@code column}
	 */
	List<UUID> openUnmarked(String column, Instant receivedBy) {
		return jdbc.sql("select id from ecommerce_case where status in ('RECEIVED','ASSIGNING','ASSIGNED') and "
				+ column + " is null and received_at <= ?")
			.param(ts(receivedBy))
			.query((rs, n) -> UUID.fromString(rs.getString(1)))
			.list();
	}

	boolean mark(UUID id, String column, Instant at) {
		return jdbc.sql("update ecommerce_case set " + column + " = ? where id = ? and " + column + " is null")
			.params(ts(at), id.toString())
			.update() == 1;
	}

	/**
	 * Moves a case from one of {@code from} to {@code to}; the status check makes concurrent moves safe.
	 */
	boolean move(UUID id, Collection<EcommerceCase.Status> from, EcommerceCase.Status to) {
		return jdbc.sql("update ecommerce_case set status = :to where id = :id and status in (:from)")
			.param("to", to.name())
			.param("id", id.toString())
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	void assigned(UUID id, String unit, Instant at) {
		jdbc.sql("update ecommerce_case set status = 'ASSIGNED', assigned_unit = ?, assigned_at = ?, decline_reason = null "
				+ "where id = ? and status = 'ASSIGNING'")
			.params(unit, ts(at), id.toString())
			.update();
	}

	boolean returnedToQueue(UUID id, String reason) {
		return jdbc.sql("update ecommerce_case set status = 'RECEIVED', assigned_unit = null, assigned_at = null, "
				+ "decline_reason = ? where id = ? and status = 'ASSIGNED'")
			.params(reason, id.toString())
			.update() == 1;
	}

	boolean declined(UUID id, String reason) {
		return jdbc.sql("update ecommerce_case set status = 'DECLINED', decline_reason = ? where id = ? and status = 'RECEIVED'")
			.params(reason, id.toString())
			.update() == 1;
	}

	boolean determined(UUID id, String handler, Instant at, String conclusion, String reasons, String findings) {
		return jdbc.sql("update ecommerce_case set status = 'DETERMINED', handler = ?, determined_at = ?, conclusion = ?, "
				+ "conclusion_reasons = ?, claim_findings = ? where id = ? and status in ('RECEIVED','ASSIGNED')")
			.params(handler, ts(at), conclusion, reasons, findings, id.toString())
			.update() == 1;
	}

	void delivered(UUID id, Instant at) {
		jdbc.sql("update ecommerce_case set status = 'DELIVERED', delivered_at = ? where id = ? and status = 'DETERMINED'")
			.params(ts(at), id.toString())
			.update();
	}

	void contactToken(UUID id, String tokenHash) {
		jdbc.sql("update ecommerce_case set contact_token_hash = ?, contact_token_used_at = null where id = ?")
			.params(tokenHash, id.toString())
			.update();
	}

	/**
	 * @return whether a one-time link is valid and not yet used
	 */
	boolean redeemable(String tokenHash) {
		return unused(tokenHash).isPresent();
	}

	/**
	 * Uses up a one-time link.
	 * @return the case, if the token was valid and unused
	 */
	Optional<EcommerceCase> redeem(String tokenHash, Instant at) {
		return unused(tokenHash).filter(found -> jdbc.sql("update ecommerce_case set contact_token_used_at = ? where id = ? "
				+ "and contact_token_used_at is null")
			.params(ts(at), found.toString())
			.update() == 1).flatMap(this::find);
	}

	private Optional<UUID> unused(String tokenHash) {
		return jdbc.sql("select id from ecommerce_case where contact_token_hash = ? and contact_token_used_at is null")
			.param(tokenHash)
			.query((rs, n) -> UUID.fromString(rs.getString(1)))
			.optional();
	}

	long openAssignedTo(String unit) {
		return jdbc.sql("select count(*) from ecommerce_case where assigned_unit = ? and status = 'ASSIGNED'")
			.param(unit)
			.query(Long.class)
			.single();
	}

	static EcommerceCase map(ResultSet rs, int row) throws SQLException {
		return new EcommerceCase(UUID.fromString(rs.getString("id")), rs.getString("case_number"),
				EcommerceCase.Origin.valueOf(rs.getString("origin")), rs.getString("client_id"),
				rs.getString("platform_reference"), rs.getString("source_unit"), uuid(rs.getString("source_case_id")),
				uuid(rs.getString("source_dispatch_id")), rs.getString("platform"), rs.getString("shop"),
				rs.getString("shop_city"), rs.getString("listing_urls"), rs.getString("product"),
				rs.getString("right_holder"), rs.getString("patent_number"), rs.getString("patent_type"),
				rs.getString("complained_party"), rs.getString("claims"), rs.getString("evidence_links"),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getString("callback_url"), instant(rs, "received_at"),
				EcommerceCase.Status.valueOf(rs.getString("status")), rs.getString("assigned_unit"),
				instant(rs, "assigned_at"), rs.getString("decline_reason"), rs.getString("handler"),
				instant(rs, "determined_at"), rs.getString("conclusion"), rs.getString("conclusion_reasons"),
				rs.getString("claim_findings"), instant(rs, "delivered_at"), instant(rs, "warned_at"),
				instant(rs, "breached_at"));
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static String str(UUID id) {
		return id == null ? null : id.toString();
	}

	private static UUID uuid(String value) {
		return value == null ? null : UUID.fromString(value);
	}
}
