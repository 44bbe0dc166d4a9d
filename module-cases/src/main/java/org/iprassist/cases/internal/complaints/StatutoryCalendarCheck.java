package org.iprassist.cases.internal.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns the operator at start-up when the statutory calendar lacks this year's schedule or, from
 * November on (the State Council publishes it in the autumn), next year's: deadlines counted into
 * such a year skip only the fixed-date holidays, so a receipt could fall due in the Spring
 * Festival week. The schedule ships with the application, so the remedy is a release with it.
 */
@Component
class StatutoryCalendarCheck {

	private static final Logger log = LoggerFactory.getLogger(StatutoryCalendarCheck.class);

	private final Clock clock;

	StatutoryCalendarCheck(Clock clock) {
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnOfMissingYears() {
		for (int year : missingYears(LocalDate.now(clock))) {
			log.warn("The statutory calendar has no holiday schedule for {}: working days in {} skip only 1 January, "
					+ "1-2 May and 1-3 October until a release adds the State Council's notice to "
					+ "cases/statutory-calendar.properties", year, year);
		}
	}

	static List<Integer> missingYears(LocalDate today) {
		int last = today.getMonth().compareTo(Month.NOVEMBER) >= 0 ? today.getYear() + 1 : today.getYear();
		return IntStream.rangeClosed(today.getYear(), last).filter(year -> !WorkingDays.isScheduled(year)).boxed().toList();
	}
}
