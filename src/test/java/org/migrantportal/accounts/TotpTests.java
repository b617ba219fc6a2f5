package org.migrantportal.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.migrantportal.shared.SecretBox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-time codes are those of RFC 6238 (its SHA-1 test vectors), so every
 * authenticator app agrees with the portal.
 */
class TotpTests {

	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void givesTheCodesOfRfc6238TestVectors(long seconds, String expected) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, " " + Totp.code(RFC_SECRET, step, 6) + " ", now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345a", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
	}

	@Test
	void base32IsThatOfRfc4648AsAppsExpect() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.decode("mzxw 6ytb-oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

	@Test
	void secretsAreStoredEncryptedAndOnlyTheSameKeyOpensThem() {
		SecretBox box = new SecretBox("a key from the environment");
		String sealed = box.seal(RFC_SECRET);
		assertThat(sealed).doesNotContain(Base32.encode(RFC_SECRET));
		assertThat(box.open(sealed)).isEqualTo(RFC_SECRET);
		assertThat(box.seal(RFC_SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new SecretBox("another key").open(sealed));
	}

}
