package org.thawcorpus.importer;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Renews the database connections after a fault of the storage: H2 closes its database
 * when a write fails (a full disk), and every connection then open answers that it is
 * closed; a new connection opens the database again and reads what it holds. So that the
 * server goes on serving, the pool's connections are retired (idle ones now, the others
 * when they are given back) and new ones opened as needed.
 */
@Component
class ConnectionPool {

	private static final Logger log = LoggerFactory.getLogger(ConnectionPool.class);

	private final DataSource dataSource;

	ConnectionPool(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void renew() {
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
					log.info("The database connections were renewed after the fault");
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.warn("The database connections could not be renewed: {}", ex.getMessage());
		}
	}

}
