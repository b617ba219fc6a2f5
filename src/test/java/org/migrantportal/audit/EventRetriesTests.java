package org.migrantportal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountEvents;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * An audit entry whose writing failed once (the database away for a moment) is not lost:
 * the change's event stays in the publication log and is given to the listener again, and
 * the entry is written.
 */
@PortalWebTest
@TestPropertySource(properties = { "portal.events.retry-interval=PT1S", "portal.events.retry-after=PT1S",
		// the failure this test causes on purpose is not news
		"logging.level.org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler=off" })
class EventRetriesTests {

	@MockitoSpyBean
	private AuditService audit;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Test
	void anAuditEntryThatFailedOnceIsWrittenByTheRetry() {
		AtomicBoolean failed = new AtomicBoolean();
		doAnswer((invocation) -> {
			if (failed.compareAndSet(false, true)) {
				throw new IllegalStateException("the audit table cannot be written this moment");
			}
			return invocation.callRealMethod();
		}).when(this.audit)
			.record(any(), anyLong(), anyString(), eq("ACCOUNT_RETRY_CHECKED"), anyString(), anyLong(), anyString());
		String email = "retried-" + System.nanoTime() + "@test.example";

		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new AccountEvents.AccountChanged(-77L, email,
					"RETRY_CHECKED", "", -1L, "admin@test.example", Instant.now())));

		await().atMost(Duration.ofSeconds(20)).until(failed::get);
		// the publication log's clock is the application's: a while later
		this.clock.advance(Duration.ofMinutes(5));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'ACCOUNT_RETRY_CHECKED' and summary like ?",
					Integer.class, email + "%") == 1);
		// the publication is marked completed just after the listener's own commit
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null and serialized_event like ?",
					Integer.class, "%" + email + "%"))
				.as("the publication is completed")
				.isZero());
	}

}
