package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Cuts a concordance's passages into lines while they are read: each batch read is handed
 * to the common pool, and once all are read the reading thread cuts those that no one has
 * taken yet, so that reading and cutting overlap and no batch waits for a busy pool.
 */
final class ConcordanceBatches {

	private ConcordanceBatches() {
	}

	/**
	 * The lines of every item, in the order of the batches and of the items in each.
	 * @param batches the items, a batch at a time, read by this thread
	 * @param cut the lines of an item (called from any thread)
	 */
	static <T, L> List<L> cut(Iterator<List<T>> batches, Function<T, List<L>> cut) {
		List<Batch<T, L>> read = new ArrayList<>();
		while (batches.hasNext()) {
			Batch<T, L> batch = new Batch<>(batches.next(), cut);
			read.add(batch);
			ForkJoinPool.commonPool().execute(batch::cut);
		}
		read.forEach(Batch::cut);
		List<L> lines = new ArrayList<>();
		read.forEach((batch) -> lines.addAll(batch.lines()));
		return List.copyOf(lines);
	}

	/** Items read together, cut by whichever thread takes them first. */
	private static final class Batch<T, L> {

		private final List<T> items;

		private final Function<T, List<L>> cutter;

		private final AtomicBoolean taken = new AtomicBoolean();

		private final CompletableFuture<List<L>> lines = new CompletableFuture<>();

		Batch(List<T> items, Function<T, List<L>> cutter) {
			this.items = items;
			this.cutter = cutter;
		}

		/** Cuts the items into lines, unless another thread has taken them. */
		void cut() {
			if (!this.taken.compareAndSet(false, true)) {
				return;
			}
			try {
				List<L> cut = new ArrayList<>();
				this.items.forEach((item) -> cut.addAll(this.cutter.apply(item)));
				this.lines.complete(cut);
			}
			catch (RuntimeException | Error ex) {
				this.lines.completeExceptionally(ex);
			}
		}

		/** The lines, once cut (by this thread or another). */
		List<L> lines() {
			try {
				return this.lines.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

	}

}
