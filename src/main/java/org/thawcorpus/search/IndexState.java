package org.thawcorpus.search;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Whether the search index can be trusted to hold the whole corpus: unknown until the
 * start-up check has compared it with the database, incomplete while it is being rebuilt
 * (with how far the rebuild has got) or after a rebuild failed. Search pages, the search
 * API and the readiness health say what this says, so that nobody reads the totals of a
 * half-built index as the corpus's.
 */
@Component
public class IndexState {

	private volatile IndexStatus.Phase phase = IndexStatus.Phase.CHECKING;

	private volatile long expected;

	private final AtomicLong indexed = new AtomicLong();

	/** What the index holds now. */
	public IndexStatus status() {
		return new IndexStatus(this.phase, this.indexed.get(), this.expected);
	}

	void rebuilding(long entries) {
		this.indexed.set(0);
		this.expected = entries;
		this.phase = IndexStatus.Phase.REBUILDING;
	}

	void added(long entries) {
		this.indexed.addAndGet(entries);
	}

	void complete() {
		this.phase = IndexStatus.Phase.COMPLETE;
	}

	void failed() {
		this.phase = IndexStatus.Phase.FAILED;
	}

}
