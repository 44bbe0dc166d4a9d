package org.iprassist.core.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue drained in batches by a thread of its own: whatever arrives while one batch is being
 * handled forms the next, up to a limit, so a round trip or a commit is shared by everything that
 * arrived meanwhile and batches grow with the load by themselves. An optional linger after the
 * first item lets items that belong together (a listener run's start and end) meet in one batch.
 * Closing handles what is left on the caller's thread; items added after that are handled at once.
 *
 * @param <T> the items
 */
public final class BatchingQueue<T> {

	private static final Logger log = LoggerFactory.getLogger(BatchingQueue.class);

	private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();

	private final int mostPerBatch;

	private final Duration linger;

	private final Consumer<List<T>> handler;

	private final Thread worker;

	private volatile boolean open = true;

	/**
	 * @param handler handles one batch and reports its own failures; should it throw, the batch is
	 *        logged as dropped and the queue goes on
	 */
	public BatchingQueue(String threadName, int mostPerBatch, Duration linger, Consumer<List<T>> handler) {
		this.mostPerBatch = mostPerBatch;
		this.linger = linger;
		this.handler = handler;
		this.worker = new Thread(this::run, threadName);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	public void add(T item) {
		if (open) {
			queue.add(item);
		}
		else {
			handler.accept(List.of(item));
		}
	}

	/** Stops the thread once its batch is done, waiting up to ten seconds, and handles what is left. */
	public void close() throws InterruptedException {
		open = false;
		worker.join(10_000);
		List<T> rest = new ArrayList<>();
		queue.drainTo(rest);
		if (!rest.isEmpty()) {
			handler.accept(rest);
		}
	}

	private void run() {
		while (open) {
			T first = next();
			if (first != null) {
				List<T> batch = new ArrayList<>(List.of(first));
				pause(linger);
				queue.drainTo(batch, mostPerBatch - 1);
				handle(batch);
			}
		}
	}

	private T next() {
		try {
			return queue.poll(200, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			return null;
		}
	}

	private static void pause(Duration linger) {
		try {
			Thread.sleep(linger.toMillis());
		}
		catch (InterruptedException ex) {
			// cut short: the batch is handled now
		}
	}

	private void handle(List<T> batch) {
		try {
			handler.accept(batch);
		}
		catch (RuntimeException ex) {
			log.error("A batch of {} items on {} failed and was dropped", batch.size(), worker.getName(), ex);
		}
	}
}
