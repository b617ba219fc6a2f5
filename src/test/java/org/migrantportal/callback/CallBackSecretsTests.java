package org.migrantportal.callback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of {@code PORTAL_CALLBACK_KEY} with the old key given as
 * {@code PORTAL_CALLBACK_PREVIOUS_KEY}: the requests taken before it stay readable, new
 * ones are sealed under the new key only.
 */
class CallBackSecretsTests {

	private static final String OLD = "the key of last year, 32 characters or more";

	private static final String NEW = "this year's key, also 32 characters or more";

	private static final String REQUEST = "ნინო; სამუშაო ვიზაზე; დილით";

	@Test
	void requestsSealedUnderThePreviousKeyAreReadAfterTheChange() {
		String sealedBefore = secrets(OLD, "").seal(REQUEST);

		CallBackSecrets rotated = secrets(NEW, OLD);

		assertThat(rotated.openOrNull(sealedBefore)).isEqualTo(REQUEST);
		String sealedAfter = rotated.seal(REQUEST);
		assertThat(rotated.openOrNull(sealedAfter)).isEqualTo(REQUEST);
		assertThat(secrets(OLD, "").openOrNull(sealedAfter)).as("sealed under the new key only").isNull();
	}

	@Test
	void withoutThePreviousKeyTheOldRequestsCannotBeRead() {
		String sealedBefore = secrets(OLD, "").seal(REQUEST);

		assertThat(secrets(NEW, "").openOrNull(sealedBefore)).isNull();
		assertThat(secrets(NEW, "an unrelated key of 32 characters or more").openOrNull(sealedBefore)).isNull();
	}

	@Test
	void aPreviousKeyAloneOffersNoService() {
		assertThat(secrets("", OLD).available()).isFalse();
	}

	private static CallBackSecrets secrets(String key, String previousKey) {
		return new CallBackSecrets(new CallBackProperties(key, previousKey, 30, 300));
	}

}
