package org.migrantportal.accounts;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.SecretBox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's second factor: enrolment of an authenticator app (TOTP, RFC 6238)
 * confirmed with a code, ten single-use recovery codes shown once, disabling and new
 * recovery codes with the password and a code, and the check of the login's second step.
 * A code is accepted once only. Every change is audited.
 */
@Service
@Transactional
public class SecondFactorService {

	private static final Logger logger = LoggerFactory.getLogger(SecondFactorService.class);

	static final int RECOVERY_CODES = 10;

	private static final String ISSUER = "Migrant Portal";

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecretBox secrets;

	SecondFactorService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
			AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
			AccountsProperties properties) {
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		String key = properties.mfa().key();
		if (key.isBlank()) {
			logger.warn("PORTAL_MFA_KEY is not set: second-factor secrets are encrypted with a built-in key, "
					+ "which does not protect them from anyone who has the database");
			key = "migrant-portal built-in second-factor key";
		}
		this.secrets = new SecretBox(key);
	}

	/** A new secret to enrol: not stored until confirmed with a code. */
	public record Enrolment(String sealedSecret, String manualKey, String qrCodeDataUrl) implements Serializable {
	}

	/** How the second step went. */
	public enum Check {

		/** A code of the authenticator app. */
		CODE,
		/** A recovery code, now used up. */
		RECOVERY_CODE,
		/** Neither. */
		WRONG

	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(Actor actor) {
		return this.factors.existsById(actor.accountId());
	}

	@Transactional(readOnly = true)
	public long unusedRecoveryCodes(Actor actor) {
		return this.recoveryCodes.countByAccountIdAndUsedAtIsNull(actor.accountId());
	}

	/** A fresh secret with its QR code and its letters for typing by hand. */
	@Transactional(readOnly = true)
	public Enrolment newEnrolment(Actor actor) {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		String base32 = Base32.encode(secret);
		String label = URLEncoder.encode(ISSUER + ":" + actor.email(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
		return new Enrolment(this.secrets.seal(secret), grouped(base32, 4, " "), QrCodes.svgDataUrl(uri));
	}

	/**
	 * Enrols the secret when the code is its current one; returns the recovery codes,
	 * which are never shown again.
	 */
	public List<String> confirmEnrolment(Actor actor, String sealedSecret, String code) {
		if (this.factors.existsById(actor.accountId())) {
			throw AccountException.secondFactor("accounts.mfa.error.already-enrolled");
		}
		byte[] secret;
		try {
			secret = this.secrets.open(sealedSecret);
		}
		catch (RuntimeException ex) {
			throw AccountException.secondFactor("accounts.mfa.error.enrolment-expired");
		}
		OptionalLong step = Totp.matchingStep(secret, code, this.clock.instant());
		if (step.isEmpty()) {
			throw AccountException.secondFactor("accounts.mfa.error.wrong-code");
		}
		this.factors.save(new SecondFactor(actor.accountId(), sealedSecret, step.getAsLong(), this.clock.instant()));
		List<String> codes = newRecoveryCodes(actor.accountId());
		publish(actor, "MFA_ENROLLED");
		return codes;
	}

	/** Removes the second factor, with the password and a code (or a recovery code). */
	public void disable(Actor actor, String password, String code) {
		requirePasswordAndCode(actor, password, code);
		this.recoveryCodes.deleteAllOfAccount(actor.accountId());
		this.factors.deleteById(actor.accountId());
		publish(actor, "MFA_DISABLED");
	}

	/** Ten new recovery codes in place of the old ones, with the password and a code. */
	public List<String> regenerateRecoveryCodes(Actor actor, String password, String code) {
		requirePasswordAndCode(actor, password, code);
		List<String> codes = newRecoveryCodes(actor.accountId());
		publish(actor, "RECOVERY_CODES_REGENERATED");
		return codes;
	}

	/**
	 * Checks a login's second step, a code of the app or else a recovery code, and audits
	 * the outcome.
	 */
	Check checkLogin(Long accountId, String email, String typed) {
		Check check = check(accountId, typed);
		String outcome = switch (check) {
			case CODE -> "SUCCEEDED";
			case RECOVERY_CODE -> "RECOVERY_CODE_USED";
			case WRONG -> "FAILED";
		};
		this.events
			.publishEvent(new AccountEvents.SecondFactorChecked(accountId, email, outcome, this.clock.instant()));
		return check;
	}

	private Check check(Long accountId, String typed) {
		SecondFactor factor = this.factors.findById(accountId).orElse(null);
		if (factor == null || typed == null || typed.isBlank() || typed.length() > 64) {
			return Check.WRONG;
		}
		OptionalLong step = Totp.matchingStep(this.secrets.open(factor.getSecretCipher()), typed, this.clock.instant());
		if (step.isPresent()) {
			// a code already used (or an older one) is refused: it may have been seen
			return (this.factors.useStep(accountId, step.getAsLong()) == 1) ? Check.CODE : Check.WRONG;
		}
		return (this.recoveryCodes.use(accountId, hash(typed), this.clock.instant()) == 1) ? Check.RECOVERY_CODE
				: Check.WRONG;
	}

	@Transactional(readOnly = true)
	boolean isEnrolled(Long accountId) {
		return this.factors.existsById(accountId);
	}

	private void requirePasswordAndCode(Actor actor, String password, String code) {
		Account account = this.accounts.findById(actor.accountId()).orElseThrow(AccountNotFoundException::new);
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			throw AccountException.wrongCurrentPassword();
		}
		if (!this.factors.existsById(actor.accountId())) {
			throw AccountException.secondFactor("accounts.mfa.error.not-enrolled");
		}
		if (check(actor.accountId(), code) == Check.WRONG) {
			throw AccountException.secondFactor("accounts.mfa.error.wrong-code");
		}
	}

	private List<String> newRecoveryCodes(Long accountId) {
		this.recoveryCodes.deleteAllOfAccount(accountId);
		List<String> codes = new ArrayList<>();
		Instant now = this.clock.instant();
		while (codes.size() < RECOVERY_CODES) {
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			String shown = grouped(code.toString(), 4, "-");
			if (!codes.contains(shown)) {
				codes.add(shown);
				this.recoveryCodes.save(new RecoveryCode(accountId, hash(shown), now));
			}
		}
		return codes;
	}

	/**
	 * SHA-256 of a recovery code as typed, without spaces or dashes and in lower case. A
	 * code has 16 random letters (about 78 bits), so a fast hash is enough.
	 */
	static String hash(String code) {
		String normalized = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String grouped(String text, int size, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i += size) {
			if (i > 0) {
				out.append(separator);
			}
			out.append(text, i, Math.min(text.length(), i + size));
		}
		return out.toString();
	}

	private void publish(Actor actor, String change) {
		this.events.publishEvent(new AccountEvents.AccountChanged(actor.accountId(), actor.email(), change, "",
				actor.accountId(), actor.email(), this.clock.instant()));
	}

}
