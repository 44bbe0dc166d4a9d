package org.iprassist.core.tenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a {@link UnitEvent}'s fact happened, as the fact knows it: an instant (a case received at
 * 09:14) or a day (a sign hung on 9 October). An event cannot see the network's time zone, so it
 * never turns an instant into a day itself; the reader does, with the zone of its {@code Clock}
 * ({@code ipr.time-zone}).
 */
public sealed interface Occurrence {

	static Occurrence at(Instant instant) {
		return new At(instant);
	}

	static Occurrence on(LocalDate day) {
		return new On(day);
	}

	/**
	 * @param zone the network's time zone (the {@code Clock}'s)
	 * @return the day the fact happened in that zone (a fact that is a day keeps its day), or
	 *         {@code null} when the event does not know
	 */
	LocalDate dayIn(ZoneId zone);

	/** A fact that happened at an instant. */
	record At(Instant instant) implements Occurrence {

		@Override
		public LocalDate dayIn(ZoneId zone) {
			return instant == null ? null : LocalDate.ofInstant(instant, zone);
		}
	}

	/** A fact that is a day. */
	record On(LocalDate day) implements Occurrence {

		@Override
		public LocalDate dayIn(ZoneId zone) {
			return day;
		}
	}
}
