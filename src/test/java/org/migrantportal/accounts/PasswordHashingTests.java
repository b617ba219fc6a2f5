package org.migrantportal.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New passwords are hashed with Argon2id at OWASP's minimum (19 MiB, two passes, one
 * lane); older hashes (bcrypt, Argon2 with 16 MiB) still log in and are replaced by one
 * with today's settings at that login, without counting as a password change.
 */
@PortalWebTest
class PasswordHashingTests {

	private static final String CURRENT = "{argon2}$argon2id$v=19$m=19456,t=2,p=1$";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private AccountFixtures accounts;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
	}

	@Test
	void newHashesAreArgon2idAtOwaspsMinimum() {
		assertThat(this.passwordEncoder.encode(AccountFixtures.PASSWORD)).startsWith(CURRENT);
	}

	@Test
	void aBcryptHashLogsInAndIsReplacedByArgon2id() {
		// bcrypt reads only the first 72 bytes: an ASCII passphrase keeps the test honest
		String password = "the river near our office floods every spring";
		String email = withHash("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
		var changedBefore = passwordChangedAt(email);
		BackOffice.logIn(this.mvc, email, password);
		assertThat(hashOf(email)).startsWith(CURRENT);
		assertThat(this.passwordEncoder.matches(password, hashOf(email))).isTrue();
		assertThat(passwordChangedAt(email)).as("not a change of password").isEqualTo(changedBefore);
	}

	@Test
	void anArgon2HashWithLessMemoryIsReplacedAtLogin() {
		String email = withHash("{argon2@SpringSecurity_v5_8}"
				+ Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(AccountFixtures.PASSWORD));
		BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
		assertThat(hashOf(email)).startsWith(CURRENT);
	}

	private String withHash(String hash) {
		String email = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		this.jdbc.update("update account set password_hash = ? where email = ?", hash, email);
		return email;
	}

	private String hashOf(String email) {
		return this.jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
	}

	private Object passwordChangedAt(String email) {
		return this.jdbc.queryForObject("select password_changed_at from account where email = ?", Object.class, email);
	}

}
