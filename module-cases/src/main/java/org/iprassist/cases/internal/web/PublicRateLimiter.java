package org.iprassist.cases.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits what one client address may submit through the public pages: at most
 * {@code ipr.cases.public-limit} submissions per ten minutes (5 by default), counted on this node.
 */
@Component
class PublicRateLimiter {

	private static final long WINDOW_SECONDS = 600;

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int limit;

	private final Clock clock;

	PublicRateLimiter(@Value("${ipr.cases.public-limit:5}") int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/**
	 * @return whether the address may submit now; if so, the submission is counted
	 */
	boolean tryAcquire(String address) {
		Instant now = clock.instant();
		if (recent.size() > MAX_ADDRESSES) {
			recent.clear();
		}
		Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minusSeconds(WINDOW_SECONDS))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}
}
