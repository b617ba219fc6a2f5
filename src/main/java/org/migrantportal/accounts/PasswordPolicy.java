package org.migrantportal.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * What a password must be: a passphrase of at least 12 characters (counted as characters,
 * so a Georgian or Armenian passphrase is not penalised for its bytes), at most 256, not
 * the e-mail address, and not guessable. Guessability is estimated by nbvcxz (common
 * passwords, names and words, keyboard patterns, dates, l33t spellings) with the words
 * people here build passwords from in Georgian and Armenian script and their Latin
 * spellings, the portal's own words, and the parts of the person's e-mail address.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	/** Bits of guessing work a password must need, nbvcxz's own default. */
	static final double MIN_ENTROPY = 35;

	/** Longer passwords are estimated by their beginning, to bound the work. */
	private static final int ESTIMATED_LENGTH = 100;

	private static final Dictionary REGIONAL_WORDS = regionalWords();

	private PasswordPolicy() {
	}

	/** The message key of what is wrong with the password, if anything. */
	static Optional<String> problem(String password, String email) {
		if (password == null || password.isBlank()) {
			return Optional.of("accounts.error.password-required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("accounts.error.password-too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("accounts.error.password-too-long");
		}
		if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
			return Optional.of("accounts.error.password-is-email");
		}
		if (isGuessable(password, email)) {
			return Optional.of("accounts.error.password-guessable");
		}
		return Optional.empty();
	}

	static boolean isGuessable(String password, String email) {
		String estimated = (password.length() > ESTIMATED_LENGTH)
				? password.substring(0, password.offsetByCodePoints(0, ESTIMATED_LENGTH)) : password;
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(REGIONAL_WORDS);
		dictionaries.add(personalWords(email));
		Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(MIN_ENTROPY)
			.createConfiguration());
		return !estimator.estimate(estimated).isMinimumEntropyMet();
	}

	/** The parts of the e-mail address: a password built from them is easy to guess. */
	private static Dictionary personalWords(String email) {
		DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName("personal");
		if (email != null) {
			for (String part : email.toLowerCase(Locale.ROOT).split("[@._+\\-]+")) {
				if (part.length() >= 3) {
					builder.addWord(part, 1);
				}
			}
		}
		builder.addWord("migrantportal", 1);
		return builder.createDictionary();
	}

	private static Dictionary regionalWords() {
		DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName("regional");
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			int rank = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					builder.addWord(word, rank++);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common password words is part of the application", ex);
		}
		return builder.createDictionary();
	}

}
