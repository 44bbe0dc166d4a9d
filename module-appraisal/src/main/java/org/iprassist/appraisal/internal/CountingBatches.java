package org.iprassist.appraisal.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.iprassist.core.batching.BatchingQueue;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Counts unit events in batches on a thread of its own. Counting one event was a platform
 * transaction of its own; a platform's batch of 500 cases made 500 of them. Here the events that
 * arrive while a batch is being counted form the next one, up to 500, and each batch is one
 * transaction ({@link ProgressStore#countAll}).
 * <p>
 * The future an event gets completes when its batch has committed, which is when Spring Modulith
 * marks its publication complete. It completes in the tenant the event was published in, because
 * the publication lives in that tenant's schema and its mark is written in the completing thread's
 * tenant. Should counting fail, the futures fail, the publications stay incomplete and are
 * resubmitted; the ledger keeps an event from counting twice.
 */
@Component
class CountingBatches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CountingBatches.class);

	private final EventCounting counting;

	private final ProgressStore store;

	private final BatchingQueue<Request> queue;

	private final TenantWork work;

	CountingBatches(EventCounting counting, ProgressStore store, TenantWork work) {
		this.counting = counting;
		this.work = work;
		this.store = store;
		this.queue = new BatchingQueue<>("appraisal-counting", 500, Duration.ZERO, this::countAll);
	}

	CompletableFuture<Void> count(UnitEvent event) {
		Request request = new Request(event, work.current(), new CompletableFuture<>());
		queue.add(request);
		return request.counted();
	}

	/** Counts what has arrived. */
	@Override
	public void destroy() throws InterruptedException {
		queue.close();
	}

	private void countAll(List<Request> batch) {
		try {
			store.countAll(batch.stream().flatMap(request -> counting.describe(request.event()).stream()).toList());
			batch.forEach(request -> settle(request, null));
		}
		catch (RuntimeException ex) {
			log.warn("Counting {} unit events failed; their publications stay incomplete and will be resubmitted",
					batch.size(), ex);
			batch.forEach(request -> settle(request, ex));
		}
	}

	private static void settle(Request request, RuntimeException failure) {
		Runnable settle = () -> {
			if (failure == null) {
				request.counted().complete(null);
			}
			else {
				request.counted().completeExceptionally(failure);
			}
		};
		request.publisher().run(settle);
	}

	private record Request(UnitEvent event, TenantWork.Scope publisher, CompletableFuture<Void> counted) {
	}
}
