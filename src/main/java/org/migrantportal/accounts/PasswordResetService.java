package org.migrantportal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.OutgoingMail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?": e-mails a link with a random 256-bit token (only its hash is
 * stored) that sets a new password once, until it expires. The request is answered at
 * once and the same whether or not the account exists: the lookup and the e-mail happen
 * afterwards, in the background. Links start with {@code PORTAL_BASE_URL}, never with the
 * Host a request names. A reset ends every other link of the account and is audited.
 */
@Service
public class PasswordResetService {

	private static final Logger logger = LoggerFactory.getLogger(PasswordResetService.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordResetTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AccountsProperties.PasswordReset settings;

	private final LoginThrottle throttle;

	private final AccountSessions sessions;

	private final ThreadPoolTaskExecutor background = new ThreadPoolTaskExecutor();

	PasswordResetService(AccountRepository accounts, PasswordResetTokenRepository tokens,
			PasswordEncoder passwordEncoder, OutgoingMail mail, MessageSource messages,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			AccountsProperties properties, LoginThrottle throttle, AccountSessions sessions) {
		this.throttle = throttle;
		this.sessions = sessions;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = properties.passwordReset();
		this.background.setCorePoolSize(1);
		this.background.setMaxPoolSize(1);
		this.background.setQueueCapacity(500);
		this.background.setThreadNamePrefix("password-reset-");
		this.background.initialize();
	}

	@PreDestroy
	void stop() {
		this.background.shutdown();
	}

	/** How long a link works. */
	public Duration lifetime() {
		return this.settings.lifetime();
	}

	/**
	 * Sends a link to this address if an enabled account has it; returns at once, the
	 * same either way. Requests count against the login throttle of the client (and of
	 * the address asked for, apart from its logins), so nobody can flood a mailbox.
	 * @return how long to wait when too many requests came
	 */
	public Optional<Duration> requestReset(String email, String client, Locale locale) {
		String throttleKey = "password-reset " + Account.normalizeEmail(email);
		Optional<Duration> wait = this.throttle.retryAfter(throttleKey, client);
		if (wait.isPresent()) {
			return wait;
		}
		this.throttle.recordFailure(throttleKey, client);
		try {
			this.background.execute(() -> send(email, locale));
		}
		catch (TaskRejectedException ex) {
			logger.warn("Too many password-reset e-mails waiting; one request was dropped");
		}
		return Optional.empty();
	}

	/** Whether a link still works, to show its form or say at once that it does not. */
	public boolean isUsable(String token) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> find(token).isPresent()));
	}

	/**
	 * Sets the new password through a link, which then dies with every other link of the
	 * account; every session of the account ends, on every node.
	 * @throws AccountException when the link does not work (any more) or the password is
	 * too weak
	 */
	public void reset(String token, String newPassword) {
		String email = this.transactions.execute((status) -> {
			PasswordResetToken reset = find(token).orElseThrow(AccountException::resetLinkInvalid);
			Account account = this.accounts.findById(reset.getAccountId())
				.filter(Account::isEnabled)
				.orElseThrow(AccountException::resetLinkInvalid);
			PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent((problem) -> {
				throw AccountException.weakPassword(problem);
			});
			Instant now = this.clock.instant();
			account.changePassword(this.passwordEncoder.encode(newPassword), now);
			this.tokens.useAllOfAccount(account.getId(), now);
			publish(account, "PASSWORD_RESET");
			return account.getEmail();
		});
		// whoever knew the old password is logged out everywhere
		this.sessions.endAll(email);
	}

	private Optional<PasswordResetToken> find(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter((found) -> found.isUsable(this.clock.instant()));
	}

	private void send(String email, Locale locale) {
		String link = this.transactions.execute((status) -> this.accounts.findByEmail(Account.normalizeEmail(email))
			.filter(Account::isEnabled)
			.map(this::newLink)
			.orElse(null));
		if (link == null) {
			return;
		}
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			logger.warn("A password-reset link was asked for, but no mail server is set (spring.mail.host)");
			return;
		}
		Object[] arguments = { link, this.settings.lifetime().toMinutes() };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(Account.normalizeEmail(email));
		message.setSubject(this.messages.getMessage("accounts.reset.mail.subject", arguments, locale));
		message.setText(this.messages.getMessage("accounts.reset.mail.body", arguments, locale));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			logger.warn("Could not send a password-reset link: {}", ex.getMessage());
		}
	}

	private String newLink(Account account) {
		if (this.settings.baseUrl().isEmpty()) {
			logger.warn("A password-reset link was asked for, but PORTAL_BASE_URL is not set; none is sent");
			return null;
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		this.tokens.deleteExpiredBefore(now.minus(Duration.ofDays(7)));
		this.tokens.save(new PasswordResetToken(account.getId(), hash(token), now, now.plus(this.settings.lifetime())));
		publish(account, "PASSWORD_RESET_REQUESTED");
		return this.settings.baseUrl() + "/login/reset?token=" + token;
	}

	private void publish(Account account, String change) {
		this.events.publishEvent(new AccountEvents.AccountChanged(account.getId(), account.getEmail(), change, "", null,
				null, this.clock.instant()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
