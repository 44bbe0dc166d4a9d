package org.iprassist.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Working days as China's offices keep them: Monday to Friday, less the public holidays, plus the
 * weekend days worked in their place (调休), so that a receipt due "five working days" after a
 * transfer on the eve of National Day is due after the holiday, not during it. The schedule is data
 * ({@code cases/statutory-calendar.properties}, from the State Council's yearly notices); a year
 * not listed there counts Monday to Friday only.
 */
final class WorkingDays {

	private static final String CALENDAR = "cases/statutory-calendar.properties";

	private static final Set<LocalDate> HOLIDAYS = new HashSet<>();

	private static final Set<LocalDate> WORKING_WEEKENDS = new HashSet<>();

	static {
		Properties calendar = new Properties();
		try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(CALENDAR)) {
			calendar.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("The statutory calendar " + CALENDAR + " cannot be read", ex);
		}
		calendar.forEach((key, value) -> {
			Set<LocalDate> target = key.toString().endsWith(".holidays") ? HOLIDAYS : WORKING_WEEKENDS;
			for (String item : value.toString().split(",")) {
				addDays(target, item.strip());
			}
		});
	}

	private WorkingDays() {
	}

	private static void addDays(Set<LocalDate> target, String item) {
		String[] range = item.split("\\.\\.");
		LocalDate from = LocalDate.parse(range[0]);
		LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			target.add(day);
		}
	}

	static boolean isWorkingDay(LocalDate date) {
		if (WORKING_WEEKENDS.contains(date)) {
			return true;
		}
		return !HOLIDAYS.contains(date) && date.getDayOfWeek() != DayOfWeek.SATURDAY
				&& date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * @return the day on which {@code days} working days have passed since {@code start}
	 */
	static LocalDate after(LocalDate start, int days) {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}
}
