package org.migrantportal.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The initial import at start (the first admin, topics, pages, news, organizations, help
 * contacts, service listings, and the first build of a shared search index: the runners
 * ordered 1 to 100) runs under one PostgreSQL advisory lock, so nodes starting together
 * on an empty database import one after the other: the first imports, the others find
 * everything there. The lock is held on a connection of its own and ends with it, so a
 * node that dies mid-import frees it.
 */
@Configuration(proxyBeanMethods = false)
class InitialImportLock implements DisposableBean {

	/** Any fixed number; every node asks for the same one. */
	static final long LOCK_KEY = 0x6d69_6772_616e_7401L;

	private static final Logger logger = LoggerFactory.getLogger(InitialImportLock.class);

	private final DataSource dataSource;

	private Connection connection;

	InitialImportLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner takeInitialImportLock() {
		return this::take;
	}

	@Bean
	@Order(101)
	ApplicationRunner releaseInitialImportLock() {
		return (args) -> release();
	}

	private synchronized void take(ApplicationArguments args) throws SQLException {
		this.connection = this.dataSource.getConnection();
		try (Statement statement = this.connection.createStatement()) {
			// another node's import may take longer than a request may wait: no statement
			// or socket timeout on this connection while it waits (the pool restores the
			// socket timeout; release() the statement timeout)
			statement.execute("set statement_timeout = 0");
			this.connection.setNetworkTimeout(Runnable::run, 0);
			logger.debug("Waiting for the initial import lock");
			statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
		}
		catch (SQLException ex) {
			release();
			throw ex;
		}
	}

	synchronized void release() throws SQLException {
		if (this.connection == null) {
			return;
		}
		try (Connection held = this.connection; Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
			statement.execute("reset statement_timeout");
		}
		finally {
			this.connection = null;
		}
	}

	@Override
	public void destroy() throws SQLException {
		// a start that failed between the two runners still gives the lock back
		release();
	}

}
