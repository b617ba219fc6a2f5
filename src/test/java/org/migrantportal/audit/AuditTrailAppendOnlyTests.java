package org.migrantportal.audit;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit trail only grows: even the application's own database user (the tables'
 * owner) cannot change, delete or empty it.
 */
@PortalWebTest
class AuditTrailAppendOnlyTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAuditEntryCanBeWrittenButNeverChangedDeletedOrTruncated() {
		Long id = this.jdbc.queryForObject("insert into audit_entry (occurred_at, actor_email, action, subject_type, "
				+ "summary) values (now(), 'someone@test.example', 'LOGIN_FAILED', 'ACCOUNT', 'append-only') "
				+ "returning id", Long.class);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_entry set actor_email = 'nobody' where id = ?", id))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entry where id = ?", id))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.execute("truncate audit_entry"))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select actor_email from audit_entry where id = ?", String.class, id))
			.isEqualTo("someone@test.example");
	}

}
