package org.iprassist.appraisal.internal;

import java.util.concurrent.CompletableFuture;

import org.iprassist.core.tenancy.UnitEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the progress read model with every module's unit events, bound by data rather than by
 * type. Not an {@code @ApplicationModuleListener}: that would open a transaction in the publishing
 * unit's schema, and the read model lives in the platform schema, which cannot be entered inside
 * it. Not asynchronous either: after the publisher commits, the listener only hands the event to
 * {@link CountingBatches} and returns the future of its batch, and Spring Modulith completes the
 * publication when that future does. A failure leaves the publication incomplete; it is
 * resubmitted later and the event id keeps it from counting twice.
 */
@Component
class ProgressListener {

	private final CountingBatches batches;

	ProgressListener(CountingBatches batches) {
		this.batches = batches;
	}

	@TransactionalEventListener
	CompletableFuture<Void> on(UnitEvent event) {
		return batches.count(event);
	}
}
