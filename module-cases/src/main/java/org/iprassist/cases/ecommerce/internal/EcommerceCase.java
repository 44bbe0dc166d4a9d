package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One e-commerce case as a unit's schema holds it. At the regional centre it is the case a
 * platform sent (and, once dispatched, the tracking record that follows the sub-centre); at a
 * sub-centre it is the copy it was dispatched, pointing back at the centre's case.
 */
record EcommerceCase(UUID id, String caseNumber, Origin origin, String clientId, String platformReference,
		String sourceUnit, UUID sourceCaseId, UUID sourceDispatchId, String platform, String shop, String shopCity,
		String listingUrls, String product, String rightHolder, String patentNumber, String patentType,
		String complainedParty, String claims, String evidenceLinks, String contactName, String contactEmail,
		String contactPhone, String callbackUrl, Instant receivedAt, Status status, String assignedUnit,
		Instant assignedAt, String declineReason, String handler, Instant determinedAt, String conclusion,
		String conclusionReasons, String claimFindings, Instant deliveredAt, Instant warnedAt, Instant breachedAt) {

	static final Duration CLOCK = Duration.ofHours(24);

	static final Duration WARNING = Duration.ofHours(18);

	/** Where a case came from. */
	enum Origin {
		INTAKE, MANUAL, DISPATCH
	}

	/**
	 * Where a case stands. {@code ASSIGNING} means a dispatch was intended and is being carried
	 * out; {@code DECLINED} is a sub-centre's copy that it gave back.
	 */
	enum Status {
		RECEIVED, ASSIGNING, ASSIGNED, DETERMINED, DELIVERED, DECLINED;

		boolean open() {
			return this == RECEIVED || this == ASSIGNING || this == ASSIGNED;
		}
	}

	List<String> claimList() {
		return lines(claims);
	}

	List<String> listingUrlList() {
		return lines(listingUrls);
	}

	List<String> evidenceLinkList() {
		return lines(evidenceLinks);
	}

	boolean dispatched() {
		return origin == Origin.DISPATCH;
	}

	/**
	 * @return the clock as the pages show it: time left (negative once breached) or, once
	 *         determined, the time taken
	 */
	CaseClock clock(Clock clock) {
		Instant end = determinedAt != null ? determinedAt : clock.instant();
		Duration elapsed = Duration.between(receivedAt, end);
		return new CaseClock(elapsed, CLOCK.minus(elapsed), determinedAt != null);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Hours and minutes of a case's 24-hour clock.
	 */
	record CaseClock(Duration elapsed, Duration left, boolean stopped) {

		boolean breached() {
			return left.isNegative();
		}

		boolean warning() {
			return !elapsed.minus(WARNING).isNegative();
		}

		String leftText() {
			return hm(left);
		}

		String elapsedText() {
			return hm(elapsed);
		}

		private static String hm(Duration d) {
			long minutes = Math.abs(d.toMinutes());
			return (d.isNegative() ? "-" : "") + (minutes / 60) + ":" + String.format("%02d", minutes % 60);
		}
	}
}
