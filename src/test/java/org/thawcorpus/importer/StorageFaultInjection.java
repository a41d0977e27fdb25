package org.thawcorpus.importer;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.h2.jdbc.JdbcSQLNonTransientException;
import org.h2.mvstore.MVStoreException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource so that a test can make the database fail as H2
 * fails: on a full disk, a transaction that wrote something cannot commit (H2's "General
 * error" 50000, caused by its store's failed write, caused by "No space left on device");
 * and H2 then closes the database: every connection open at that moment answers "The
 * database has been closed" (90098) from then on, while a new connection opens the
 * database again and reads (that write nothing) work. Once the connection is lost, no
 * connection can be had at all. Everything above JDBC (the pool, Hibernate, Spring's
 * transactions and translation) runs as it does in production.
 */
@TestConfiguration(proxyBeanMethods = false)
class StorageFaultInjection {

	/** What is wrong with the database. */
	enum Fault {

		NONE, DISK_FULL, CONNECTION_LOST

	}

	private static volatile Fault fault = Fault.NONE;

	private static final AtomicInteger commitsLeft = new AtomicInteger();

	/** The database's own connections (under the pool's), as they were opened. */
	private static final Set<Connection> opened = Collections.newSetFromMap(new WeakHashMap<>());

	/** Those open when H2 closed the database: they answer that it is closed. */
	private static final Set<Connection> closed = Collections.newSetFromMap(new WeakHashMap<>());

	/**
	 * The fault starts after this many more commits of transactions that wrote something.
	 */
	static void arm(Fault armed, int commitsBefore) {
		commitsLeft.set(commitsBefore);
		fault = armed;
	}

	static void disarm() {
		fault = Fault.NONE;
		synchronized (opened) {
			closed.clear();
		}
	}

	@Bean
	static BeanPostProcessor faultyDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()))
						? proxy(DataSource.class, new DataSourceHandler(dataSource)) : bean;
			}

		};
	}

	private static boolean active(Fault which) {
		return fault == which && commitsLeft.get() <= 0;
	}

	private static SQLException databaseClosed() {
		return new JdbcSQLNonTransientConnectionException("The database has been closed [90098-240]", null, "90098",
				90098, null, null);
	}

	private static SQLException diskFull() {
		MVStoreException store = new MVStoreException(2,
				"Writing to sun.nio.ch.FileChannelImpl@3858c696 failed; length 270336 at 18059264 [2.4.240/2]");
		store.initCause(new IOException("No space left on device"));
		return new JdbcSQLNonTransientException("General error: \"" + store + "\" [50000-240]", null, "HY000", 50000,
				store, null);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(StorageFaultInjection.class.getClassLoader(), new Class<?>[] { type },
				handler);
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private record DataSourceHandler(DataSource target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("getConnection")) {
				if (active(Fault.CONNECTION_LOST)) {
					throw databaseClosed();
				}
				Connection connection = (Connection) call(this.target, method, args);
				Connection own = connection.unwrap(Connection.class);
				synchronized (opened) {
					opened.add(own);
				}
				return proxy(Connection.class, new ConnectionHandler(connection, own));
			}
			return call(this.target, method, args);
		}

	}

	/** A connection that knows whether its transaction wrote anything. */
	private static final class ConnectionHandler implements InvocationHandler {

		private final Connection target;

		private final Connection own;

		private boolean wrote;

		ConnectionHandler(Connection target, Connection own) {
			this.target = target;
			this.own = own;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			boolean isClosed;
			synchronized (opened) {
				isClosed = closed.contains(this.own);
			}
			if (isClosed && !method.getName().equals("close") && !method.getName().startsWith("unwrap")) {
				throw databaseClosed();
			}
			switch (method.getName()) {
				case "commit" -> {
					boolean wrote = this.wrote;
					this.wrote = false;
					if (wrote && fault != Fault.NONE && commitsLeft.getAndDecrement() <= 0) {
						call(this.target, Connection.class.getMethod("rollback"), null);
						if (fault == Fault.DISK_FULL) {
							synchronized (opened) {
								closed.addAll(opened);
							}
							throw diskFull();
						}
						throw databaseClosed();
					}
				}
				case "rollback" -> this.wrote = false;
				case "prepareStatement", "createStatement" -> {
					if (active(Fault.CONNECTION_LOST)) {
						throw databaseClosed();
					}
					Object statement = call(this.target, method, args);
					String sql = (args != null && args.length > 0 && args[0] instanceof String s) ? s : null;
					return proxy((Class<? extends Statement>) method.getReturnType(),
							new StatementHandler((Statement) statement, sql, this));
				}
				default -> {
				}
			}
			return call(this.target, method, args);
		}

	}

	private record StatementHandler(Statement target, String sql,
			ConnectionHandler connection) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().startsWith("execute")) {
				String text = (this.sql != null) ? this.sql
						: (args != null && args.length > 0 && args[0] instanceof String s) ? s : "";
				String verb = text.stripLeading().toLowerCase(Locale.ROOT);
				if (!verb.startsWith("select") && !verb.startsWith("values") && !verb.startsWith("call")) {
					this.connection.wrote = true;
				}
			}
			return call(this.target, method, args);
		}

	}

}
