package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * What the e-commerce pages show, as public records: templates reach them through SpEL, which
 * cannot call the package-private records of the domain.
 */
public final class EcommerceViews {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private EcommerceViews() {
	}

	static String time(Instant instant, Clock clock) {
		return instant == null ? "—" : TIME.withZone(clock.getZone()).format(instant);
	}

	static Row row(EcommerceCase c, Clock clock) {
		EcommerceCase.CaseClock cc = c.clock(clock);
		return new Row(c.id(), c.caseNumber(), c.platform(), c.shop(), c.product(), c.patentNumber(),
				c.status().name(), c.assignedUnit(), time(c.receivedAt(), clock), cc.stopped() ? cc.elapsedText() : cc.leftText(),
				cc.stopped(), cc.breached() || c.breachedAt() != null, cc.warning() && !cc.stopped(), c.origin().name(),
				c.breachedAt() != null);
	}

	/**
	 * A case in a list, with its clock: {@code clock} is the time left (h:mm, negative once
	 * breached) for an open case and the time taken once determined.
	 */
	public record Row(UUID id, String caseNumber, String platform, String shop, String product, String patentNumber,
			String status, String assignedUnit, String receivedAt, String clock, boolean clockStopped, boolean breached,
			boolean warning, String origin, boolean escalated) {
	}

	/** A sub-centre the case could go to, with the facts the choice rests on. */
	public record Suggestion(String code, String name, String city, String lifecycle, long load, boolean sameCity) {
	}

	/** A claim with the finding recorded for it, if any. */
	public record Claim(int index, String text, String within, String note) {
	}

	/** An expert excluded for a conflict with a party, as the dispatch page warns of it. */
	public record Conflict(String expert, String organisation, String party, String reason) {
	}

	/** A platform client as its register page lists it. */
	public record Client(String clientId, String name, String createdAt, String createdBy, boolean active,
			String revokedAt) {
	}

	/** One delivery attempt. */
	public record Attempt(String at, String status, String error) {
	}

	/** An alert of the 24-hour clock. */
	public record Alert(UUID caseId, String caseNumber, String kind, String raisedAt, String assignedUnit) {
	}

	/** A stage's median duration, in h:mm, and how many cases it rests on. */
	public record Stage(String key, String median, int cases) {
	}

	/** Breaches of one unit in one month. */
	public record Breaches(String unit, String month, long count) {
	}

	/** Everything the case page shows. */
	public record Detail(Row row, String shopCity, List<String> listingUrls, String rightHolder, String patentType,
			String complainedParty, List<Claim> claims, List<String> evidenceLinks, String contactName,
			String callbackUrl, String sourceUnit, String assignedAt, String declineReason, String handler,
			String determinedAt, String conclusion, String conclusionReasons, String deliveredAt,
			String deliveryState, List<Attempt> attempts, String warnedAt, String breachedAt) {
	}

	/** The determination as the designated contact's one-time page shows it. */
	public record Document(String caseNumber, String platformReference, String receivingUnit, String handlingUnit,
			String platform, String shop, String product, String patentNumber, String rightHolder,
			String complainedParty, String conclusion, String reasons, List<Claim> findings, String receivedAt,
			String determinedAt, DeterminationDocument.Opinion opinion) {
	}
}
