package org.thawcorpus.document;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The corpus's version, a number raised whenever what the pages show may have changed (an
 * import, a change of the register). Held in memory: {@link #current()} costs no query;
 * it is read again from the database after this instance changes it and, for the changes
 * of other instances serving the same database, at most every
 * {@code thaw.corpus-version.check}.
 */
@Component
public class CorpusVersion {

	private final JdbcClient jdbc;

	private final long checkNanos;

	private volatile long version;

	private volatile long readAt;

	private volatile boolean known;

	CorpusVersion(JdbcClient jdbc, @Value("${thaw.corpus-version.check:1s}") Duration check) {
		this.jdbc = jdbc;
		this.checkNanos = check.toNanos();
	}

	/** The version as last read; read again if older than the check interval. */
	public long current() {
		if (!this.known || System.nanoTime() - this.readAt > this.checkNanos) {
			read();
		}
		return this.version;
	}

	/**
	 * Raises the version. Within a transaction the change is written with it and seen
	 * once it commits, so that a page read before the commit is never kept under the new
	 * version.
	 */
	public void changed() {
		this.jdbc.sql("update corpus_version set version = version + 1 where id = 1").update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					read();
				}
			});
		}
		else {
			read();
		}
	}

	private synchronized void read() {
		this.version = this.jdbc.sql("select version from corpus_version where id = 1").query(Long.class).single();
		this.readAt = System.nanoTime();
		this.known = true;
	}

}
