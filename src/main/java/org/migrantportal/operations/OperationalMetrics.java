package org.migrantportal.operations;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's own gauges and counters: the outbox backlog (event publications not yet
 * completed, read at most every 15 seconds so a scrape does not load the database). The
 * page cache counts its own hits and misses ({@code portal.page.cache}).
 */
class OperationalMetrics implements MeterBinder {

	private static final long OUTBOX_READ_INTERVAL = TimeUnit.SECONDS.toNanos(15);

	private final JdbcTemplate jdbc;

	private volatile double backlog = Double.NaN;

	private volatile long readAt;

	private volatile boolean read;

	OperationalMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("portal.outbox.backlog", this, OperationalMetrics::outboxBacklog)
			.description("Event publications not completed yet (listeners still to run or to retry)")
			.register(registry);
	}

	double outboxBacklog() {
		long now = System.nanoTime();
		if (!this.read || now - this.readAt > OUTBOX_READ_INTERVAL) {
			this.read = true;
			this.readAt = now;
			try {
				Long count = this.jdbc
					.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
				this.backlog = (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				// the database is away: no value rather than a stale one
				this.backlog = Double.NaN;
			}
		}
		return this.backlog;
	}

}
