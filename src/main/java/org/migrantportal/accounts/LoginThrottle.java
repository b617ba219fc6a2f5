package org.migrantportal.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.migrantportal.shared.ClientAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account (a hash of the e-mail typed, whether or not it exists)
 * and per client network (a hash of its /24 or /64) in the database, so every node counts
 * the same failures. Past the limit each further failure doubles the wait, from the first
 * wait up to the longest, so nobody is locked out for ever; a failure older than the
 * window is forgotten. Nobody's thread sleeps: a login asked for too early is answered
 * with 429.
 */
@Component
class LoginThrottle {

	private final Clock clock;

	private final AccountsProperties.Throttle settings;

	private final JdbcClient jdbc;

	LoginThrottle(Clock clock, AccountsProperties properties, JdbcClient jdbc) {
		this.clock = clock;
		this.settings = properties.login().throttle();
		this.jdbc = jdbc;
	}

	/**
	 * How long to wait before the next attempt, when this account or client must wait.
	 */
	Optional<Duration> retryAfter(String email, String client) {
		Instant now = this.clock.instant();
		List<Instant> until = this.jdbc
			.sql("select blocked_until from login_throttle where throttle_key in (:account, :client)"
					+ " and blocked_until > :now")
			.param("account", accountKey(email))
			.param("client", clientKey(client))
			.param("now", Timestamp.from(now))
			.query((row, number) -> row.getTimestamp(1).toInstant())
			.list();
		return until.stream().max(Instant::compareTo).map((latest) -> Duration.between(now, latest));
	}

	void recordFailure(String email, String client) {
		Instant now = this.clock.instant();
		count(accountKey(email), this.settings.perAccount(), now);
		count(clientKey(client), this.settings.perClient(), now);
	}

	void recordSuccess(String email) {
		unlock(email);
	}

	/** Forgets an account's failed logins, as after a successful one. */
	void unlock(String email) {
		this.jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(email)).update();
	}

	/** Whether the account must wait before its next login. */
	boolean isThrottled(String email) {
		return this.jdbc.sql("select count(*) from login_throttle where throttle_key = :key and blocked_until > :now")
			.param("key", accountKey(email))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/** Forgets the failures nobody waits for any more, once an hour on one node. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT10M")
	void forgetOldFailures() {
		Instant now = this.clock.instant();
		this.jdbc
			.sql("delete from login_throttle where last_failure_at < :forget"
					+ " and (blocked_until is null or blocked_until < :now)")
			.param("forget", Timestamp.from(now.minus(this.settings.window())))
			.param("now", Timestamp.from(now))
			.update();
	}

	private void count(String key, int limit, Instant now) {
		int failures = this.jdbc.sql("""
				insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)
				on conflict (throttle_key) do update set last_failure_at = :now,
				    failures = case when login_throttle.last_failure_at < :forget then 1
				                    else login_throttle.failures + 1 end
				returning failures""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("forget", Timestamp.from(now.minus(this.settings.window())))
			.query(Integer.class)
			.single();
		if (failures >= limit) {
			this.jdbc.sql("update login_throttle set blocked_until = :until where throttle_key = :key")
				.param("key", key)
				.param("until", Timestamp.from(now.plus(wait(failures - limit))))
				.update();
		}
	}

	/** The first wait, doubled for every failure past the limit, up to the longest. */
	Duration wait(int failuresPastLimit) {
		Duration longest = this.settings.longestWait();
		Duration wait = this.settings.firstWait();
		for (int i = 0; i < failuresPastLimit && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(longest) > 0) ? longest : wait;
	}

	private static String accountKey(String email) {
		return "account:" + ClientAddress.hash(Account.normalizeEmail((email != null) ? email : ""));
	}

	private static String clientKey(String client) {
		return "client:" + ClientAddress.key(client);
	}

}
