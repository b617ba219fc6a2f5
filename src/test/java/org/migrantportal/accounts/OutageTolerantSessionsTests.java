package org.migrantportal.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * While the session store (the database) is away, a node answers with the sessions it has
 * seen: the editor stays logged in, but an id a login replaced or a session the store
 * said was gone is never brought back.
 */
class OutageTolerantSessionsTests {

	private final Store store = new Store();

	private final OutageTolerantSessions<MapSession> sessions = new OutageTolerantSessions<>(this.store);

	@Test
	void aSessionSeenBeforeTheOutageIsFoundDuringIt() {
		MapSession session = loggedIn("editor@test.example");
		this.sessions.save(session);
		assertThat(this.sessions.findById(session.getId())).isNotNull();

		this.store.away = true;
		MapSession found = this.sessions.findById(session.getId());
		assertThat(found).isNotNull();
		assertThat(found.<String>getAttribute("who")).isEqualTo("editor@test.example");
	}

	@Test
	void anIdALoginReplacedFindsNothingDuringTheOutage() {
		MapSession anonymous = this.sessions.createSession();
		this.sessions.save(anonymous);
		String before = anonymous.getId();
		// as at a login: the session the request found gets a new id
		MapSession session = this.sessions.findById(before);
		session.changeSessionId();
		session.setAttribute("who", "editor@test.example");
		this.sessions.save(session);

		this.store.away = true;
		assertThat(this.sessions.findById(before)).as("the id from before the login").isNull();
		assertThat(this.sessions.findById(session.getId())).as("the id after the login").isNotNull();
	}

	@Test
	void aSessionTheStoreSaidWasGoneIsNotBroughtBack() {
		MapSession session = loggedIn("editor@test.example");
		this.sessions.save(session);
		this.sessions.findById(session.getId());
		this.store.delegate.deleteById(session.getId());
		assertThat(this.sessions.findById(session.getId())).as("ended on another node").isNull();

		this.store.away = true;
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void aSessionSavedDuringTheOutageIsKeptAndWrittenWhenTheStoreIsBack() {
		this.store.away = true;
		MapSession session = loggedIn("editor@test.example");
		this.sessions.save(session);
		assertThat(this.sessions.findById(session.getId())).isNotNull();

		this.store.away = false;
		this.sessions.save(session);
		assertThat(this.store.delegate.findById(session.getId())).isNotNull();
	}

	@Test
	void otherFailuresOfTheStoreAreNotHidden() {
		this.store.broken = true;
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.sessions.save(loggedIn("editor@test.example")));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.sessions.findById("some-id"));
	}

	private MapSession loggedIn(String email) {
		MapSession session = this.sessions.createSession();
		session.setAttribute("who", email);
		return session;
	}

	/** A session store that can be taken away, as the database can. */
	static final class Store implements FindByIndexNameSessionRepository<MapSession> {

		final MapSessionRepository delegate = new MapSessionRepository(new ConcurrentHashMap<>());

		boolean away;

		boolean broken;

		@Override
		public MapSession createSession() {
			return this.delegate.createSession();
		}

		@Override
		public void save(MapSession session) {
			check();
			this.delegate.save(session);
		}

		@Override
		public MapSession findById(String id) {
			check();
			return this.delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			check();
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			check();
			return Map.of();
		}

		private void check() {
			if (this.away) {
				throw new DataAccessResourceFailureException("connection refused");
			}
			if (this.broken) {
				throw new DataIntegrityViolationException("a bug");
			}
		}

	}

}
