package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcordanceBatchesTest {

	@Test
	void cutsEveryItemInTheOrderRead() {
		List<List<Integer>> batches = IntStream.range(0, 40)
			.mapToObj((b) -> IntStream.range(b * 25, b * 25 + 25).boxed().toList())
			.toList();
		List<Integer> lines = ConcordanceBatches.cut(batches.iterator(), (i) -> List.of(i, -i));
		List<Integer> expected = new ArrayList<>();
		IntStream.range(0, 1000).forEach((i) -> expected.addAll(List.of(i, -i)));
		assertThat(lines).isEqualTo(expected);
		assertThat(ConcordanceBatches.cut(List.<List<Integer>>of().iterator(), (i) -> List.of(i))).isEmpty();
	}

	@Test
	void cutsABatchOnThePoolWhileTheNextIsRead() {
		CountDownLatch firstCut = new CountDownLatch(1);
		List<String> cutBy = new ArrayList<>();
		Iterator<List<Integer>> read = new Iterator<>() {

			private int batch;

			@Override
			public boolean hasNext() {
				return this.batch < 2;
			}

			@Override
			public List<Integer> next() {
				if (this.batch == 1) {
					await(firstCut);
				}
				return List.of(this.batch++);
			}

		};
		List<Integer> lines = ConcordanceBatches.cut(read, (i) -> {
			if (i == 0) {
				synchronized (cutBy) {
					cutBy.add((Thread.currentThread() instanceof ForkJoinWorkerThread) ? "pool" : "reader");
				}
				firstCut.countDown();
			}
			return List.of(i);
		});
		assertThat(lines).containsExactly(0, 1);
		assertThat(cutBy).as("the first batch, cut while the second was being read").containsExactly("pool");
	}

	@Test
	void passesOnWhatACutThrows() {
		IllegalStateException broken = new IllegalStateException("broken passage");
		assertThatThrownBy(() -> ConcordanceBatches.cut(List.of(List.of(1, 2), List.of(3)).iterator(), (i) -> {
			if (i == 3) {
				throw broken;
			}
			return List.of(i);
		})).isSameAs(broken);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).as("the first batch cut by the pool").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
