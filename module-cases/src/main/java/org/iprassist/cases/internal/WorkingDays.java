package org.iprassist.cases.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days, Monday to Friday: the bureau's receipt is due five of them after the transfer.
 * Public holidays and the make-up working weekends are not modelled yet.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	static LocalDate after(LocalDate start, int days) {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}
}
