package org.migrantportal.accounts;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired back-office sessions are deleted from the shared store by the portal's own
 * scheduled job (Spring Session's thread is off); a live session stays.
 */
@PortalWebTest
class ExpiredSessionsTests {

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	private ExpiredSessions expiredSessions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anExpiredSessionIsDeletedAndALiveOneStays() {
		Session expired = saved(this.sessions, Instant.now().minus(Duration.ofHours(2)));
		Session live = saved(this.sessions, Instant.now());
		assertThat(stored(expired)).isOne();

		this.expiredSessions.delete();

		assertThat(stored(expired)).as("the expired session").isZero();
		assertThat(stored(live)).as("the live session").isOne();
	}

	/** A session last used at {@code lastUsed} that expires after 30 idle minutes. */
	private static <S extends Session> S saved(FindByIndexNameSessionRepository<S> sessions, Instant lastUsed) {
		S session = sessions.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(lastUsed);
		sessions.save(session);
		return session;
	}

	private long stored(Session session) {
		return this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class,
				session.getId());
	}

}
