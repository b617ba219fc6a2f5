package org.migrantportal.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin at start from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when no enabled admin exists. There is no default
 * password: without both variables, no account is created and the log says how to create
 * one.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountService accounts;

	private final String email;

	private final String password;

	FirstAdmin(AccountService accounts, @Value("${portal.admin.email:}") String email,
			@Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.email) || !StringUtils.hasText(this.password)) {
			logger.info("No PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD: no first admin is created");
			return;
		}
		try {
			if (this.accounts.createFirstAdmin(this.email, this.password)) {
				logger.info("Created the first admin account {}", this.email);
			}
		}
		catch (AccountException ex) {
			throw new IllegalStateException(
					"PORTAL_ADMIN_PASSWORD is not acceptable: " + ex.messageKey() + " (a passphrase of "
							+ PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters)");
		}
	}

}
