package org.iprassist.appraisal.internal;

import java.time.LocalDate;

/**
 * One unit event as the progress read model records it, with its deterministic id: events carry
 * none, so it is a name-based UUID over the event's type and serialized content, the same on every
 * delivery of the same publication.
 */
record CountedEvent(String eventId, String provinceCode, String unitCode, String eventType, LocalDate occurredOn,
		String payload) {
}
