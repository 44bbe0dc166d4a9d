package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock moved forward by an offset the test controls, so that "18 hours later" takes no
 * time at all.
 */
class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private final ZoneId zone;

	MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	void advance(Duration by) {
		offset = offset.plus(by);
	}

	void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}
}
