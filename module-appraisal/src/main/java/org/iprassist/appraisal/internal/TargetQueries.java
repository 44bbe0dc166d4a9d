package org.iprassist.appraisal.internal;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Reads of the work plans' targets in the platform schema that are not a plan's own page.
 */
@Component
class TargetQueries {

	private final Platform platform;

	TargetQueries(Platform platform) {
		this.platform = platform;
	}

	/**
	 * @return the event types that any plan's targets bind, whether or not a class declares them
	 */
	Set<String> boundEventTypes() {
		return platform.read(jdbc -> new TreeSet<>(
				jdbc.sql("select distinct event_type from appraisal_target where event_type is not null")
					.query(String.class)
					.list()));
	}
}
