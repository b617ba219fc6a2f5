package org.migrantportal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets Flyway's migrations run as long as they need: the pool's connections carry a
 * statement timeout and a socket timeout so that a request never waits long on a database
 * that is away, which would cut a long migration short. Flyway's connections lift both
 * and give them back to the pool as they were.
 */
@Component
class FlywayWithoutTimeouts implements FlywayConfigurationCustomizer {

	@Override
	public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
		DataSource dataSource = configuration.getDataSource();
		if (dataSource != null && !(dataSource instanceof WithoutTimeouts)) {
			configuration.dataSource(new WithoutTimeouts(dataSource));
		}
	}

	/** A data source whose connections have no statement or socket timeout. */
	static final class WithoutTimeouts extends DelegatingDataSource {

		WithoutTimeouts(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return lifted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return lifted(super.getConnection(username, password));
		}

		private static Connection lifted(Connection connection) throws SQLException {
			execute(connection, "set statement_timeout = 0");
			connection.setNetworkTimeout(Runnable::run, 0);
			return (Connection) Proxy.newProxyInstance(WithoutTimeouts.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if ("close".equals(method.getName())) {
							restore(connection);
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		/**
		 * Back to the statement timeout the connection started with ({@code options=-c
		 * ...}); the pool restores the socket timeout itself.
		 */
		private static void restore(Connection connection) {
			try {
				if (!connection.isClosed()) {
					if (!connection.getAutoCommit()) {
						connection.rollback();
					}
					execute(connection, "reset statement_timeout");
				}
			}
			catch (SQLException ex) {
				// a broken connection is thrown away by the pool, timeouts and all
			}
		}

		private static void execute(Connection connection, String sql) throws SQLException {
			boolean autoCommit = connection.getAutoCommit();
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			if (!autoCommit) {
				connection.commit();
			}
		}

	}

}
