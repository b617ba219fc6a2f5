package org.migrantportal.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessable passwords are refused with a clear reason, in Latin, Georgian and Armenian
 * script; passphrases pass.
 */
class PasswordPolicyTests {

	private static final String EMAIL = "nino.beridze@iom.int";

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password123!", "Tbilisi2024!", "Yerevan2023!!", "გამარჯობა123456",
			"საქართველო2024", "Հայաստան123456", "sakartvelo123", "migrant12345", "qwertyuiop12", "111111111111",
			"IOMmigrant2024" })
	void refusesCommonAndGuessablePasswords(String password) {
		assertThat(PasswordPolicy.problem(password, EMAIL)).hasValue("accounts.error.password-guessable");
	}

	@Test
	void refusesAPasswordBuiltFromTheEmailAddress() {
		assertThat(PasswordPolicy.problem("ninoberidze2024", EMAIL)).hasValue("accounts.error.password-guessable");
		assertThat(PasswordPolicy.problem("ninoberidze2024", "someone@example.org")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "მიგრანტების დახმარება ყველაზე მნიშვნელოვანი საქმეა",
			"Միգրանտների իրավունքները մարդու իրավունքներ են", "the river near our office floods every spring",
			"Tq7#mZ2!pX9@wL4$" })
	void acceptsPassphrasesAndRandomPasswords(String password) {
		assertThat(PasswordPolicy.problem(password, EMAIL)).isEmpty();
	}

	@Test
	void keepsTheLengthRules() {
		assertThat(PasswordPolicy.problem("short", EMAIL)).hasValue("accounts.error.password-too-short");
		assertThat(PasswordPolicy.problem("x".repeat(257), EMAIL)).hasValue("accounts.error.password-too-long");
		assertThat(PasswordPolicy.problem(EMAIL, EMAIL)).hasValue("accounts.error.password-is-email");
	}

}
