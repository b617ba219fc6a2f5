package org.migrantportal.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether an exception means the database cannot be reached right now (no
 * connection within the pool's timeout, a broken connection, a statement that ran out of
 * time), as opposed to a bug or bad input: such a request is answered with a friendly 503
 * and {@code Retry-After}, and an editor's typed text is kept.
 */
public final class DatabaseOutage {

	/** Seconds a visitor is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 30;

	/**
	 * The request attribute holding the outage a filter caught, for the error page that
	 * answers it.
	 */
	public static final String REQUEST_ATTRIBUTE = DatabaseOutage.class.getName();

	private DatabaseOutage() {
	}

	/** Whether {@code ex} or one of its causes says the database is unreachable. */
	public static boolean isCause(Throwable ex) {
		for (Throwable current = ex; current != null; current = (current.getCause() != current) ? current.getCause()
				: null) {
			if (matches(current)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(Throwable ex) {
		if (ex instanceof DataAccessResourceFailureException || ex instanceof QueryTimeoutException
				|| ex instanceof CannotCreateTransactionException || ex instanceof SQLTransientConnectionException
				|| ex instanceof SQLNonTransientConnectionException || ex instanceof SQLRecoverableException
				|| ex instanceof SQLTimeoutException) {
			return true;
		}
		String className = ex.getClass().getName();
		if (className.equals("org.hibernate.exception.JDBCConnectionException")) {
			return true;
		}
		if (ex instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
				&& sql.getMessage().contains("onnection is closed")) {
			// the pool's answer for a connection the server has just dropped
			return true;
		}
		if (ex instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			// 08: connection exception; 57014: statement timeout; 57P01-57P03: the server
			// is
			// shutting down or not accepting connections yet
			return state.startsWith("08") || state.equals("57014") || state.startsWith("57P");
		}
		return false;
	}

}
