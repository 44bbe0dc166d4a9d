package org.iprassist.core.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable type name of a {@link UnitEvent}, {@code <module>.<EventName>}, e.g.
 * {@code cases.OpinionLetterIssued}. Readers that must not depend on the publishing module (the
 * appraisal read model above all) bind to this name, and store it: in counters, in the ledger of
 * counted events, in work-plan targets, and inside the name-based ids of counted events. So the
 * name is declared here, not derived from the class's package, and never changes when the class is
 * moved or renamed; a new event gets the name of the module that first publishes it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {

	/**
	 * @return {@code <module>.<EventName>}, unique among all unit events
	 */
	String value();
}
