package org.migrantportal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's statement is cut short after the configured time (so a hung database costs
 * seconds, not minutes), while Flyway's migrations run without that limit and give their
 * connection back to the pool as it was.
 */
@PortalWebTest
class DatabaseTimeoutsTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void aPooledConnectionHasTheStatementAndSocketTimeouts() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(show(connection)).isEqualTo("5s");
			assertThat(connection.getNetworkTimeout()).isEqualTo(15_000);
		}
	}

	@Test
	void flywaysConnectionsHaveNoTimeoutAndLeaveNoneBehind() throws SQLException {
		DataSource forFlyway = new FlywayWithoutTimeouts.WithoutTimeouts(this.dataSource);
		try (Connection connection = forFlyway.getConnection()) {
			assertThat(show(connection)).isEqualTo("0");
			assertThat(connection.getNetworkTimeout()).isZero();
		}
		for (int i = 0; i < 12; i++) {
			try (Connection connection = this.dataSource.getConnection()) {
				assertThat(show(connection)).as("every pooled connection, again").isEqualTo("5s");
				assertThat(connection.getNetworkTimeout()).isEqualTo(15_000);
			}
		}
	}

	private static String show(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show statement_timeout")) {
			result.next();
			return result.getString(1);
		}
	}

}
