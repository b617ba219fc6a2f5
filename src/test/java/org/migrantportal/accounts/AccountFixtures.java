package org.migrantportal.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts for tests, with real scopes: a country and, for NGO staff, one of the
 * organizations the sources name. Every account gets a unique e-mail.
 */
public final class AccountFixtures {

	/** The password of every fixture account: a Georgian passphrase of 64 characters. */
	public static final String PASSWORD = "მიგრანტების დახმარება ყველაზე მნიშვნელოვანი საქმეა ჩვენთვის!! ჰო";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private static String encodedPassword;

	public AccountFixtures(ApplicationContext context) {
		this.accounts = context.getBean(AccountRepository.class);
		this.passwordEncoder = context.getBean(PasswordEncoder.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/** Creates a translator into the given languages and returns the e-mail. */
	public String createTranslator(CountryScope country, String... locales) {
		String email = create(StaffRole.TRANSLATOR, country, null);
		this.transactions.executeWithoutResult(
				(status) -> this.accounts.findByEmail(email).orElseThrow().setTranslationLocales(Set.of(locales)));
		return email;
	}

	/** Creates an account and returns its e-mail. */
	public String create(StaffRole role, CountryScope country, String organizationKey) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		Long organizationId = (organizationKey != null) ? organizationId(organizationKey) : null;
		this.transactions.executeWithoutResult((status) -> this.accounts
			.save(new Account(email, "Test " + role, encoded(), role, country, organizationId, Instant.now())));
		return email;
	}

	public Long idOf(String email) {
		return this.accounts.findByEmail(email).orElseThrow().getId();
	}

	public Long organizationId(String key) {
		return this.jdbc.queryForObject("select id from organization where content_key = ?", Long.class, key);
	}

	private synchronized String encoded() {
		// Argon2 is slow on purpose; one hash serves every fixture account
		if (encodedPassword == null) {
			encodedPassword = this.passwordEncoder.encode(PASSWORD);
		}
		return encodedPassword;
	}

}
