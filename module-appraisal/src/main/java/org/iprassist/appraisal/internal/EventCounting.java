package org.iprassist.appraisal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.core.tenancy.UnitEvent;
import org.iprassist.tenants.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Turns a unit event into what the read model counts: its declared type name, province, day and a
 * stable id. The day is the event's occurrence in the zone of the application's {@link Clock}. The
 * id hashes the type name and the content as Spring Modulith serializes it, so an event counted
 * live and the same event re-read from an event publication table during a recompute get the same
 * id.
 */
@Component
class EventCounting {

	private static final Logger log = LoggerFactory.getLogger(EventCounting.class);

	private final EventSerializer serializer;

	private final UnitDirectory units;

	private final ProgressStore store;

	private final Clock clock;

	EventCounting(EventSerializer serializer, UnitDirectory units, ProgressStore store, Clock clock) {
		this.serializer = serializer;
		this.units = units;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @return whether the event was counted now (false when it had been counted before or has no
	 *         known unit, day or type name)
	 */
	boolean count(UnitEvent event) {
		return describe(event).map(store::count).orElse(false);
	}

	Optional<CountedEvent> describe(UnitEvent event) {
		var unit = event.unitCode() == null ? Optional.<org.iprassist.tenants.UnitView>empty() : units.find(event.unitCode());
		String type = EventTypes.nameOf(event.getClass());
		LocalDate day = event.occurred() == null ? null : event.occurred().dayIn(clock.getZone());
		if (unit.isEmpty() || day == null || type == null) {
			log.warn("Not counting {}: unknown unit, day or type name", event.getClass().getSimpleName());
			return Optional.empty();
		}
		String payload = String.valueOf(serializer.serialize(event));
		String id = UUID.nameUUIDFromBytes((type + "\n" + payload).getBytes(StandardCharsets.UTF_8)).toString();
		return Optional.of(new CountedEvent(id, unit.get().provinceCode(), unit.get().code(), type, day,
				payload.length() > 4000 ? payload.substring(0, 4000) : payload));
	}
}
