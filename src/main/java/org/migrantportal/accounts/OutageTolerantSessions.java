package org.migrantportal.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.DatabaseOutage;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;

/**
 * Back-office sessions live in the shared database so that every node knows every login;
 * while that database cannot be reached, a node keeps answering with the sessions it has
 * seen itself. An editor who is logged in stays logged in through an outage: a form they
 * send reaches the usual "not saved yet, send again" page with their text and their
 * session's CSRF token, instead of the login page that would lose it.
 * <p>
 * Only while {@link DatabaseOutage the database is away}: a session another node ended is
 * forgotten here as soon as this node asks for it and the database answers it is gone. A
 * session's id must match the one asked for, so an id a login replaced (session fixation)
 * never finds the logged-in session. Changes saved during the outage stay on this node
 * and are written with the session's next successful save.
 */
final class OutageTolerantSessions<S extends Session> implements FindByIndexNameSessionRepository<S>, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(OutageTolerantSessions.class);

	/** How many sessions a node remembers (the most recently used). */
	static final int REMEMBERED = 10_000;

	/** Wraps the session store Spring Session configures. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor outageTolerantSessions() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof FindByIndexNameSessionRepository<?> sessions
							&& !(bean instanceof OutageTolerantSessions<?>)) {
						return wrap(sessions);
					}
					return bean;
				}
			};
		}

		private static <S extends Session> OutageTolerantSessions<S> wrap(
				FindByIndexNameSessionRepository<S> sessions) {
			return new OutageTolerantSessions<>(sessions);
		}

	}

	private final FindByIndexNameSessionRepository<S> store;

	private final Map<String, S> seen = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, S> eldest) {
			return size() > REMEMBERED;
		}
	});

	OutageTolerantSessions(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public S createSession() {
		return this.store.createSession();
	}

	@Override
	public void save(S session) {
		try {
			this.store.save(session);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			logger.warn("The database cannot be reached; session kept on this node until it can: {}", ex.getMessage());
		}
		this.seen.put(session.getId(), session);
	}

	@Override
	public S findById(String id) {
		S found;
		try {
			found = this.store.findById(id);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			S known = this.seen.get(id);
			return (known != null && known.getId().equals(id) && !known.isExpired()) ? known : null;
		}
		if (found == null) {
			this.seen.remove(id);
		}
		else {
			this.seen.put(id, found);
		}
		return found;
	}

	@Override
	public void deleteById(String id) {
		this.seen.remove(id);
		this.store.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.store.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	@Override
	public void destroy() throws Exception {
		if (this.store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * Deletes the expired sessions from the shared store (a JDBC store; others expire
	 * their own).
	 */
	void deleteExpired() {
		if (this.store instanceof JdbcIndexedSessionRepository jdbc) {
			jdbc.cleanUpExpiredSessions();
		}
	}

}
