package org.iprassist.core.tenancy;

/**
 * A fact that happened in one unit and leaves its module as an event. Every event that crosses a
 * module boundary implements this, so listeners (and the appraisal read model above all) always
 * know whose fact it is, even on another thread or in another tenant's transaction.
 */
public interface UnitEvent {

	/**
	 * @return the code of the unit the fact belongs to
	 */
	String unitCode();

	/**
	 * @return the day the fact happened (in China Standard Time), which decides the plan year and
	 *         month it counts for; the same on every delivery of the event
	 */
	java.time.LocalDate occurredOn();
}
