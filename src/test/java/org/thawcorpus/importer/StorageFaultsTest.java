package org.thawcorpus.importer;

import java.io.IOException;
import java.sql.SQLException;

import org.apache.lucene.store.AlreadyClosedException;
import org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException;
import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.h2.jdbc.JdbcSQLNonTransientException;
import org.hibernate.HibernateException;
import org.hibernate.TransactionException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions a full disk and a lost database gave in real runs, and some that are not
 * such faults.
 */
class StorageFaultsTest {

	@Test
	void h2FailingToCommitOnAFullDiskIsAFullDisk() {
		SQLException h2 = new JdbcSQLNonTransientException(
				"General error: \"org.h2.mvstore.MVStoreException: "
						+ "Writing to sun.nio.ch.FileChannelImpl@3858c696 failed\" [50000-240]",
				null, "HY000", 50000,
				new IllegalStateException("Writing failed", new IOException("No space left on device")), null);
		Throwable thrown = new JpaSystemException(
				new TransactionException("Unable to commit against JDBC Connection", h2));
		assertThat(StorageFaults.describe(thrown)).contains("the disk is full");
	}

	@Test
	void theSearchIndexFailingAfterTheCommitIsAStorageFault() {
		AlreadyClosedException closed = new AlreadyClosedException("this IndexWriter is closed");
		Throwable thrown = new JpaSystemException(
				new HibernateException("Unable to perform afterTransactionCompletion callback",
						new SearchException("HSEARCH700124: Indexing failure: this IndexWriter is closed.", closed)));
		assertThat(StorageFaults.describe(thrown)).contains("the database or the search index could not be written");
		closed.addSuppressed(new IOException("No space left on device"));
		assertThat(StorageFaults.describe(thrown)).contains("the disk is full");
	}

	@Test
	void aClosedDatabaseOrALostConnectionIsALostConnection() {
		SQLException closed = new JdbcSQLNonTransientConnectionException("The database has been closed [90098-240]",
				null, "90098", 90098, null, null);
		assertThat(StorageFaults
			.describe(new CannotCreateTransactionException("Could not open JPA EntityManager", closed)))
			.contains("the connection to the database was lost");
		assertThat(StorageFaults.describe(new SQLException("An I/O error occurred while sending", "08006")))
			.contains("the connection to the database was lost");
		assertThat(StorageFaults.describe(new SQLException("could not extend file: No space left", "53100")))
			.contains("the disk is full");
	}

	@Test
	void aBrokenConstraintOrABugIsNoStorageFault() {
		SQLException duplicate = new JdbcSQLIntegrityConstraintViolationException("Unique index violation", null,
				"23505", 23505, null, null);
		assertThat(StorageFaults.describe(new DataIntegrityViolationException("duplicate", duplicate))).isEmpty();
		assertThat(StorageFaults.describe(new IllegalStateException("No writer is registered"))).isEmpty();
	}

}
