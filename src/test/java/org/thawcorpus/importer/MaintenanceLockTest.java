package org.thawcorpus.importer;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.thawcorpus.ClusterTestContexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Start-up maintenance runs on one instance at a time on PostgreSQL, and runs anyway. */
class MaintenanceLockTest {

	@Test
	void onH2TheWorkRunsAtOnce() throws InterruptedException {
		MaintenanceLock lock = new MaintenanceLock(new DriverManagerDataSource("jdbc:h2:mem:lock", "sa", ""));
		assertThat(lock.run("check", () -> "done")).isEqualTo("done");
	}

	@Test
	void withoutADatabaseTheWorkRunsAllTheSame() throws InterruptedException {
		DataSource unreachable = new DriverManagerDataSource("jdbc:h2:mem:x") {
			@Override
			public java.sql.Connection getConnection() throws SQLException {
				throw new SQLException("Connection refused");
			}
		};
		assertThat(new MaintenanceLock(unreachable).run("check", () -> "done")).isEqualTo("done");
	}

	@Test
	void onPostgreSqlASecondInstanceWaitsForTheFirstsMaintenance() throws Exception {
		assumeTrue(ClusterTestContexts.enabled(),
				"Skipped: no PostgreSQL configured (run with -Dspring.profiles.active=cluster and THAW_DB_URL)");
		MaintenanceLock first = new MaintenanceLock(postgres());
		MaintenanceLock second = new MaintenanceLock(postgres());
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		AtomicBoolean firstEnded = new AtomicBoolean();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<String> one = threads.submit(() -> first.run("sync", () -> {
				firstStarted.countDown();
				firstMayEnd.await();
				firstEnded.set(true);
				return "first";
			}));
			assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Boolean> two = threads.submit(() -> second.run("sync", firstEnded::get));
			Thread.sleep(1500);
			assertThat(two.isDone()).as("the second ran while the first held the lock").isFalse();
			firstMayEnd.countDown();
			assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo("first");
			assertThat(two.get(30, TimeUnit.SECONDS)).as("the second ran after the first had ended").isTrue();
		}
		finally {
			firstMayEnd.countDown();
			threads.shutdownNow();
		}
	}

	private static DataSource postgres() {
		return new DriverManagerDataSource(env("THAW_DB_URL", "jdbc:postgresql://localhost:5432/thaw"),
				env("THAW_DB_USER", "thaw"), env("THAW_DB_PASSWORD", "thaw"));
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
