package org.iprassist.core.tenancy;

/**
 * A fact that happened in one unit and leaves its module as an event. Every event that crosses a
 * module boundary implements this, so listeners (and the appraisal read model above all) always
 * know whose fact it is, even on another thread or in another tenant's transaction. Each
 * implementation declares its stable type name with {@link EventName}.
 */
public interface UnitEvent {

	/**
	 * @return the code of the unit the fact belongs to
	 */
	String unitCode();

	/**
	 * @return when the fact happened, the same on every delivery of the event; the reader turns it
	 *         into a day (plan year and month) with the zone of its {@code Clock}
	 */
	Occurrence occurred();
}
