package org.iprassist.cases.internal.complaints;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days as China's offices keep them: Monday to Friday, less the public holidays, plus the
 * weekend days worked in their place (调休), so that a receipt due "five working days" after a
 * transfer on the eve of National Day is due after the holiday, not during it. The schedule is data
 * ({@code cases/statutory-calendar.properties}, from the State Council's yearly notices); a year
 * not listed there counts Monday to Friday less the holidays whose dates never move (1 January,
 * 1-2 May, 1-3 October), since the lunar ones and the swapped weekends are known only from the
 * year's notice.
 */
public final class WorkingDays {

	private static final String CALENDAR = "cases/statutory-calendar.properties";

	private static final Set<LocalDate> HOLIDAYS = new HashSet<>();

	private static final Set<LocalDate> WORKING_WEEKENDS = new HashSet<>();

	private static final Set<Integer> YEARS = new TreeSet<>();

	private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 2),
			MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

	static {
		Properties calendar = new Properties();
		try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(CALENDAR)) {
			calendar.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("The statutory calendar " + CALENDAR + " cannot be read", ex);
		}
		calendar.forEach((key, value) -> {
			YEARS.add(Integer.valueOf(key.toString().substring(0, key.toString().indexOf('.'))));
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
		if (HOLIDAYS.contains(date) || date.getDayOfWeek() == DayOfWeek.SATURDAY
				|| date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		return isScheduled(date.getYear()) || !FIXED_HOLIDAYS.contains(MonthDay.from(date));
	}

	/**
	 * @return whether the year's schedule of holidays and swapped weekends is known
	 */
	static boolean isScheduled(int year) {
		return YEARS.contains(year);
	}

	/**
	 * @return the day on which {@code days} working days have passed since {@code start}
	 */
	public static LocalDate after(LocalDate start, int days) {
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
