package org.iprassist.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock shifted to a moment the test chooses, so that "five working days later" or "the
 * eve of National Day" take no time, in the zone of the application's clock. Ticks on from there;
 * {@link #reset} returns to the present.
 */
public class MovableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void travelTo(LocalDateTime moment) {
		offset = Duration.between(Instant.now(), moment.atZone(zone).toInstant());
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	/** Puts the movable clock in place of the system one. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock(@Qualifier("clock") Clock system) {
			return new MovableClock(system.getZone());
		}
	}
}
