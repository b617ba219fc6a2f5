package org.migrantportal.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries evictions to every node: the tags a change evicts are sent with PostgreSQL's
 * {@code pg_notify} once the change is committed, and a thread on each node listens on
 * its own connection and evicts them. The sender has evicted them at the commit already
 * and skips its own notification, so a page rendered just after the change is kept. After
 * a lost connection it reconnects and drops the whole cache, since it may have missed a
 * notification.
 */
@Component
class PageCacheNotifications implements SmartLifecycle {

	static final String CHANNEL = "portal_page_cache";

	private static final Logger logger = LoggerFactory.getLogger(PageCacheNotifications.class);

	private final DataSource dataSource;

	private final PageCache cache;

	private final PageCacheProperties properties;

	private final String node = UUID.randomUUID().toString();

	private volatile boolean running;

	private volatile Thread listener;

	private volatile Connection listening;

	PageCacheNotifications(DataSource dataSource, PageCache cache, PageCacheProperties properties) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.properties = properties;
	}

	/** Tells every node (this one included) to evict these tags. */
	void publish(Collection<String> tags) {
		// a connection of its own in auto-commit: after the commit, the transaction's
		// connection would hold the notification in a transaction nobody commits
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			statement.setString(1, CHANNEL);
			statement.setString(2, this.node + "\n" + String.join("\n", tags));
			statement.execute();
		}
		catch (SQLException | RuntimeException ex) {
			// this node has evicted already; the others drop the page after their time to
			// live at the latest
			logger.warn("Could not tell the other nodes to evict {}: {}", tags, ex.toString());
		}
	}

	@Override
	public void start() {
		if (!this.properties.enabled() || this.running) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::listen, "page-cache-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
		closeQuietly(this.listening);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean reconnecting = false;
		while (this.running) {
			try (Connection connection = open()) {
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (reconnecting) {
					this.cache.evictAll();
					logger.info("Listening for page cache evictions again");
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							evict(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Lost the page cache's notification connection ({}); reconnecting", ex.toString());
				reconnecting = true;
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void evict(String payload) {
		List<String> lines = Arrays.asList(payload.split("\n"));
		if (lines.isEmpty() || this.node.equals(lines.get(0))) {
			return;
		}
		this.cache.evict(lines.subList(1, lines.size()).stream().filter((tag) -> !tag.isBlank()).toList());
	}

	/**
	 * A connection outside the pool when the pool says how, so listening takes no pooled
	 * one.
	 */
	private Connection open() throws SQLException {
		if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
			HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
			if (hikari.getJdbcUrl() != null) {
				return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
			}
		}
		return this.dataSource.getConnection();
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing is all we wanted
			}
		}
	}

}
