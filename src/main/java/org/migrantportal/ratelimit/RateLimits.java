package org.migrantportal.ratelimit;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.migrantportal.shared.ClientAddress;

import org.springframework.stereotype.Component;

/**
 * The limits per client network, each a token bucket in the database: a client may use a
 * minute's allowance at once, then one request every so often as it refills.
 */
@Component
class RateLimits {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration search;

	private final BucketConfiguration posts;

	private final BucketConfiguration audit;

	RateLimits(ProxyManager<String> buckets, RateLimitProperties properties) {
		this.buckets = buckets;
		this.search = perMinute(properties.searchPerMinute());
		this.posts = perMinute(properties.postsPerMinute());
		this.audit = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillIntervally(1, properties.auditEvery()))
			.build();
	}

	/**
	 * Takes one search from the client's allowance; empty when allowed, else the wait.
	 */
	Optional<Duration> search(String address) {
		return take("search:" + ClientAddress.key(address), this.search);
	}

	/** Takes one public form post from the client's allowance. */
	Optional<Duration> post(String address) {
		return take("post:" + ClientAddress.key(address), this.posts);
	}

	/** Whether this kind of refusal of this client goes to the audit trail now. */
	boolean audit(RequestRefused.Kind kind, String address) {
		return take("audit:" + kind.name() + ":" + ClientAddress.key(address), this.audit).isEmpty();
	}

	private Optional<Duration> take(String key, BucketConfiguration configuration) {
		ConsumptionProbe probe = this.buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private static BucketConfiguration perMinute(int requests) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(requests).refillGreedy(requests, Duration.ofMinutes(1)))
			.build();
	}

}
