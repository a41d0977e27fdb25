package org.thawcorpus.importer;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a fault of the storage (a full disk, a database that has closed or cannot be
 * reached) from any other exception, by what the exception and its causes are: an
 * input-output error (the database's or the search index's files), a lost connection (SQL
 * state class 08, H2's "database closed"), PostgreSQL's "insufficient resources" and
 * "system error" classes. Such a fault is no file's fault: the import stops.
 */
final class StorageFaults {

	/** H2's codes for a closed database, a broken connection and file errors. */
	private static final Set<Integer> H2_STORAGE_CODES = Set.of(90098, 90121, 90067, 90028, 90031);

	/**
	 * Lucene's word for an index writer that a failed write closed (named, not imported:
	 * the search backend may be another).
	 */
	private static final String CLOSED_INDEX = "org.apache.lucene.store.AlreadyClosedException";

	private StorageFaults() {
	}

	/**
	 * What went wrong, as the end of a sentence ("the disk is full"), if the exception is
	 * a fault of the storage.
	 */
	static Optional<String> describe(Throwable ex) {
		boolean connection = false;
		boolean storage = false;
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable t = ex; t != null && seen.put(t, true) == null; t = t.getCause()) {
			if (isDiskFull(t)) {
				return Optional.of("the disk is full");
			}
			connection |= t instanceof CannotCreateTransactionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLRecoverableException
					|| (t instanceof SQLException sql && isConnectionState(sql));
			storage |= t instanceof IOException || t instanceof DataAccessResourceFailureException
					|| t.getClass().getName().equals(CLOSED_INDEX)
					|| (t instanceof SQLException sql && isStorageState(sql));
			for (Throwable suppressed : t.getSuppressed()) {
				if (isDiskFull(suppressed)) {
					return Optional.of("the disk is full");
				}
				storage |= suppressed instanceof IOException;
			}
		}
		if (connection) {
			return Optional.of("the connection to the database was lost");
		}
		return storage ? Optional.of("the database or the search index could not be written") : Optional.empty();
	}

	/** Whether a failure is a write refused for want of space. */
	static boolean isDiskFull(Throwable t) {
		if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
			return true;
		}
		String message = (t instanceof IOException) ? t.getMessage() : null;
		return message != null && (message.contains("No space left on device")
				|| message.toLowerCase(Locale.ROOT).contains("not enough space on the disk"));
	}

	private static boolean isConnectionState(SQLException sql) {
		String state = sql.getSQLState();
		return (state != null && (state.startsWith("08") || state.startsWith("57P"))) || sql.getErrorCode() == 90098
				|| sql.getErrorCode() == 90121 || sql.getErrorCode() == 90067;
	}

	private static boolean isStorageState(SQLException sql) {
		String state = sql.getSQLState();
		return (state != null && (state.startsWith("53") || state.startsWith("58")))
				|| H2_STORAGE_CODES.contains(sql.getErrorCode());
	}

}
