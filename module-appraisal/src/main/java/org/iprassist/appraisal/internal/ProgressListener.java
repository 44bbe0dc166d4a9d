package org.iprassist.appraisal.internal;

import org.iprassist.core.tenancy.UnitEvent;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the progress read model with every module's unit events, bound by data rather than by
 * type. Not an {@code @ApplicationModuleListener}: that would open a transaction in the publishing
 * unit's schema, and the read model lives in the platform schema, which cannot be entered inside
 * it. So the listener runs asynchronously without a transaction and {@link ProgressStore} opens
 * its own on the platform. A failure leaves the publication incomplete; it is resubmitted later
 * and the event id keeps it from counting twice.
 */
@Component
class ProgressListener {

	private final EventCounting counting;

	ProgressListener(EventCounting counting) {
		this.counting = counting;
	}

	@Async
	@TransactionalEventListener
	void on(UnitEvent event) {
		counting.count(event);
	}
}
