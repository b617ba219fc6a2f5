package org.migrantportal.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

	private final AccountsProperties.Admin admin;

	FirstAdmin(AccountService accounts, AccountsProperties properties) {
		this.accounts = accounts;
		this.admin = properties.admin();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.admin.isConfigured()) {
			logger.info("No PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD: no first admin is created");
			return;
		}
		try {
			if (this.accounts.createFirstAdmin(this.admin.email(), this.admin.password())) {
				logger.info("Created the first admin account {}", this.admin.email());
			}
		}
		catch (AccountException ex) {
			throw new IllegalStateException(
					"PORTAL_ADMIN_PASSWORD is not acceptable: " + ex.messageKey() + " (a passphrase of "
							+ PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters)");
		}
	}

}
