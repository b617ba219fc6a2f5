package org.migrantportal.callback;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are deleted by the scheduled job once their organization's retention period
 * has passed, by the application's clock; younger ones stay.
 */
@PortalWebTest
class CallBackRetentionTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CallBackRetention retention;

	@Autowired
	private MutableClock clock;

	private CallBackFixtures fixtures;

	private Duration moved = Duration.ZERO;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CallBackFixtures(this.context);
		this.fixtures.clear();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
	}

	@AfterEach
	void rewind() {
		// the clock is shared with the other tests of this context
		this.clock.advance(this.moved.negated());
		this.fixtures.clear();
	}

	@Test
	void aRequestOlderThanItsPeriodIsGoneAndAYoungerOneIsKept() {
		long old = this.fixtures.send(CallBackFixtures.GEORGIAN_NGO);
		advance(Duration.ofDays(20));
		long young = this.fixtures.send(CallBackFixtures.GEORGIAN_NGO);
		advance(Duration.ofDays(9).plusHours(23));
		this.retention.deleteExpired();
		assertThat(this.fixtures.exists(old)).as("29 days 23 hours old").isTrue();

		advance(Duration.ofHours(1));
		this.retention.deleteExpired();
		assertThat(this.fixtures.exists(old)).as("30 days old").isFalse();
		assertThat(this.fixtures.exists(young)).as("10 days old").isTrue();
	}

	@Test
	void aShorterPeriodSetLaterDeletesSooner() {
		long request = this.fixtures.send(CallBackFixtures.GEORGIAN_NGO);
		advance(Duration.ofDays(8));
		this.retention.deleteExpired();
		assertThat(this.fixtures.exists(request)).isTrue();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 7);
		this.retention.deleteExpired();
		assertThat(this.fixtures.exists(request)).isFalse();
	}

	private void advance(Duration duration) {
		this.clock.advance(duration);
		this.moved = this.moved.plus(duration);
	}

}
