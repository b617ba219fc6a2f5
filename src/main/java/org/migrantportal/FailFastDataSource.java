package org.migrantportal;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, with a short memory of an outage: once the pool has waited its
 * whole connection timeout because the server refused to connect, every request for a
 * connection in the next {@link #PAUSE} fails at once, instead of each waiting the
 * timeout again. A request touches the database several times (its session, the account,
 * the page), so without this an editor would wait a timeout per touch before the "not
 * saved yet" page; with it they wait one. After the pause the next request tries again,
 * so the portal recovers by itself. A pool that is merely busy (no failed connection
 * behind the timeout) is not taken for an outage.
 */
final class FailFastDataSource extends DelegatingDataSource implements Closeable {

	/** How long an outage is believed before the database is tried again. */
	static final Duration PAUSE = Duration.ofSeconds(5);

	/** Wraps the pool Spring Boot configures. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor failFastDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof HikariDataSource pool) ? new FailFastDataSource(pool) : bean;
				}
			};
		}

	}

	/** {@link System#nanoTime()} until which the database is believed away. */
	private volatile long awayUntil;

	private volatile boolean away;

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(super::getConnection);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private Connection connect(Connect pool) throws SQLException {
		failIfAway();
		try {
			Connection connection = pool.get();
			this.away = false;
			return connection;
		}
		catch (SQLTransientConnectionException ex) {
			remember(ex);
			throw ex;
		}
	}

	/** Whether the database is believed away right now. */
	private boolean away() {
		return this.away && System.nanoTime() - this.awayUntil < 0;
	}

	/** Asks the pool for a connection. */
	private interface Connect {

		Connection get() throws SQLException;

	}

	private void failIfAway() throws SQLTransientConnectionException {
		if (away()) {
			throw new SQLTransientConnectionException(
					"The database could not be reached moments ago; the next try is within " + PAUSE.toSeconds()
							+ " s");
		}
	}

	private void remember(SQLTransientConnectionException ex) {
		if (ex.getCause() instanceof SQLException refused && refused.getSQLState() != null
				&& refused.getSQLState().startsWith("08")) {
			this.awayUntil = System.nanoTime() + PAUSE.toNanos();
			this.away = true;
		}
	}

	@Override
	public void close() throws IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}

}
