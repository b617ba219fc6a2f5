package org.migrantportal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account (the e-mail typed, whether or not it exists) and per
 * client address over a sliding window. Past the limit, logins are refused until the
 * oldest failure leaves the window; nobody's thread sleeps. Failures are kept in memory
 * for the window only.
 */
@Component
class LoginThrottle {

	private final Clock clock;

	private final Duration window;

	private final int perAccount;

	private final int perClient;

	private final Cache<String, Deque<Instant>> failures;

	LoginThrottle(Clock clock, AccountsProperties properties) {
		AccountsProperties.Throttle throttle = properties.login().throttle();
		this.clock = clock;
		this.window = throttle.window();
		this.perAccount = throttle.perAccount();
		this.perClient = throttle.perClient();
		this.failures = Caffeine.newBuilder().expireAfterWrite(this.window).maximumSize(100_000).build();
	}

	/**
	 * How long to wait before the next attempt, when this account or client must wait.
	 */
	Optional<Duration> retryAfter(String email, String client) {
		Instant now = this.clock.instant();
		Optional<Duration> account = wait(accountKey(email), this.perAccount, now);
		Optional<Duration> address = wait(clientKey(client), this.perClient, now);
		if (account.isPresent() && address.isPresent()) {
			return Optional.of(account.get().compareTo(address.get()) > 0 ? account.get() : address.get());
		}
		return account.or(() -> address);
	}

	void recordFailure(String email, String client) {
		Instant now = this.clock.instant();
		add(accountKey(email), now);
		add(clientKey(client), now);
	}

	void recordSuccess(String email) {
		this.failures.invalidate(accountKey(email));
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> times = this.failures.getIfPresent(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return Optional.empty();
			}
			Duration remaining = Duration.between(now, times.peekFirst().plus(this.window));
			return Optional.of(remaining.isNegative() ? Duration.ZERO : remaining);
		}
	}

	private void add(String key, Instant now) {
		Deque<Instant> times = this.failures.get(key, (ignored) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
		}
		this.failures.put(key, times);
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant oldest = now.minus(this.window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private static String accountKey(String email) {
		return "account:" + Account.normalizeEmail(email);
	}

	private static String clientKey(String client) {
		return "client:" + client;
	}

}
