package org.thawcorpus.importer;

import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Prepares the files of an import, in order, on a thread of its own, so that the next
 * file is read and parsed while the last is written: a hand-off without room, so that at
 * most one prepared file waits beyond the one being written. Preparing a file never stops
 * the thread: what goes wrong is handed over as that file's preparation.
 *
 * @param <F> a file
 * @param <P> a file prepared
 */
final class ReadAhead<F, P> implements AutoCloseable {

	private static final long OFFER_MILLIS = 100;

	private final SynchronousQueue<P> handOff = new SynchronousQueue<>();

	private final Thread reader;

	private volatile boolean closed;

	/**
	 * Starts preparing the files.
	 * @param prepare prepares a file
	 * @param failed the preparation of a file whose preparation threw
	 */
	ReadAhead(List<F> files, Function<F, P> prepare, BiFunction<F, Throwable, P> failed) {
		this.reader = new Thread(() -> run(files, prepare, failed), "thaw-import-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void run(List<F> files, Function<F, P> prepare, BiFunction<F, Throwable, P> failed) {
		for (F file : files) {
			if (this.closed) {
				return;
			}
			P prepared;
			try {
				prepared = prepare.apply(file);
			}
			catch (RuntimeException | Error ex) {
				prepared = failed.apply(file, ex);
			}
			if (!handOver(prepared)) {
				return;
			}
		}
	}

	/** Waits for the writer to take a file, unless it stops taking. */
	private boolean handOver(P prepared) {
		try {
			while (!this.closed) {
				if (this.handOff.offer(prepared, OFFER_MILLIS, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** The next file prepared, in the order of the files; waits until it is. */
	P next() {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return this.handOff.take();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Stops preparing files and waits for the file being prepared, if any (the reader is
	 * not interrupted: the database it may be reading does not take interrupts well).
	 */
	@Override
	public void close() {
		this.closed = true;
		boolean interrupted = false;
		while (this.reader.isAlive()) {
			try {
				this.reader.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
