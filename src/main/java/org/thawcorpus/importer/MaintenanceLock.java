package org.thawcorpus.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs the start-up maintenance (the register's sync, the search index's check and
 * rebuild, the import) on one instance at a time: on PostgreSQL under a session-level
 * advisory lock that every instance on the database asks for, so that instances started
 * together wait for the first and then find its work done; on any other database (H2, one
 * instance) directly.
 */
@Component
public class MaintenanceLock {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceLock.class);

	/**
	 * The advisory lock's key: "thawmnt" in ASCII, for this application's maintenance.
	 */
	static final long KEY = 0x746861776d6e74L;

	private static final Duration POLL = Duration.ofMillis(500);

	private final DataSource dataSource;

	MaintenanceLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Work that may be interrupted. */
	@FunctionalInterface
	public interface Work<T> {

		T run() throws InterruptedException;

	}

	/**
	 * Runs the work once no other instance on the database runs maintenance, and returns
	 * what it returns. If the lock cannot be taken (the database cannot be reached), the
	 * work runs all the same, and meets the fault itself.
	 */
	public <T> T run(String what, Work<T> work) throws InterruptedException {
		Connection held = lock(what);
		try {
			return work.run();
		}
		finally {
			unlock(held);
		}
	}

	private Connection lock(String what) throws InterruptedException {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return null;
			}
			boolean told = false;
			while (!ask(connection, "select pg_try_advisory_lock(" + KEY + ")")) {
				if (!told) {
					log.info("Another instance runs its start-up maintenance: waiting for it before the {}", what);
					told = true;
				}
				Thread.sleep(POLL.toMillis());
			}
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("Could not take the maintenance lock ({}): running the {} without it", ex.getMessage(), what);
			close(connection);
			return null;
		}
		catch (InterruptedException ex) {
			close(connection);
			throw ex;
		}
	}

	private void unlock(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			ask(connection, "select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("Could not give back the maintenance lock: {}", ex.getMessage());
			try {
				// A lock left on a pooled connection would outlive the work: end the
				// session.
				connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException abort) {
				log.warn("Could not close the connection holding the maintenance lock: {}", abort.getMessage());
			}
		}
		close(connection);
	}

	private static boolean ask(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() && result.getBoolean(1);
		}
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Could not close a connection: {}", ex.getMessage());
		}
	}

}
