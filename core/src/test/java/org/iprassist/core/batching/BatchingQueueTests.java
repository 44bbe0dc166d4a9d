package org.iprassist.core.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What arrives while a batch is handled forms the next batch, in order and each item once; a
 * failing batch does not stop the queue; closing hands over what is left, and later items are
 * handled at once.
 */
class BatchingQueueTests {

	@Test
	void itemsArrivingDuringABatchFormTheNextOneInOrder() throws InterruptedException {
		List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch allHandled = new CountDownLatch(7);
		BatchingQueue<Integer> queue = new BatchingQueue<>("test-batching", 4, Duration.ZERO, batch -> {
			batches.add(List.copyOf(batch));
			firstStarted.countDown();
			await(release);
			batch.forEach(item -> allHandled.countDown());
		});

		queue.add(0);
		assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
		IntStream.rangeClosed(1, 6).forEach(queue::add);
		release.countDown();
		assertThat(allHandled.await(5, TimeUnit.SECONDS)).isTrue();
		queue.close();

		assertThat(batches).containsExactly(List.of(0), List.of(1, 2, 3, 4), List.of(5, 6));
	}

	@Test
	void aFailingBatchIsDroppedAndTheQueueGoesOn() throws InterruptedException {
		List<Integer> handled = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch secondHandled = new CountDownLatch(1);
		BatchingQueue<Integer> queue = new BatchingQueue<>("test-batching", 1, Duration.ZERO, batch -> {
			if (batch.contains(1)) {
				throw new IllegalStateException("down");
			}
			handled.addAll(batch);
			secondHandled.countDown();
		});

		queue.add(1);
		queue.add(2);

		assertThat(secondHandled.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(handled).containsExactly(2);
		queue.close();
	}

	@Test
	void afterClosingAnItemIsHandledAtOnceOnTheCallersThread() throws InterruptedException {
		List<String> threads = Collections.synchronizedList(new ArrayList<>());
		BatchingQueue<Integer> queue = new BatchingQueue<>("test-batching", 10, Duration.ZERO,
				batch -> threads.add(Thread.currentThread().getName()));
		queue.close();

		queue.add(1);

		assertThat(threads).containsExactly(Thread.currentThread().getName());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
