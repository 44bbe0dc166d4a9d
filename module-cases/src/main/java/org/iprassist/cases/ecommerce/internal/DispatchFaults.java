package org.iprassist.cases.ecommerce.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A fault-injection point between the steps of a dispatch, for the crash test: with
 * {@code ipr.ecommerce.dispatch.halt-after} set to a step, the JVM halts right after that step has
 * committed, as {@code kill -9} would. Unset (always, outside that test) it does nothing.
 */
@Component
class DispatchFaults {

	/** The steps after which a dispatch may be interrupted. */
	enum Step {
		INTENDED, CREATED
	}

	private final Step haltAfter;

	DispatchFaults(@Value("${ipr.ecommerce.dispatch.halt-after:#{null}}") Step haltAfter) {
		this.haltAfter = haltAfter;
	}

	void reached(Step step) {
		if (step == haltAfter) {
			Runtime.getRuntime().halt(137);
		}
	}
}
