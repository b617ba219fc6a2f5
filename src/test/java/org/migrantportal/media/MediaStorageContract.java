package org.migrantportal.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every {@link MediaStorage} promises, run against each of them: bytes come back
 * under their key, a put replaces, a missing key reads as nothing, deleting is harmless,
 * keys that are not the portal's are refused before anything is written, and a storage
 * that cannot be used says so with a {@link MediaStorageException} rather than reading as
 * empty.
 */
abstract class MediaStorageContract {

	/** A working storage, empty at the start of each test. */
	abstract MediaStorage storage();

	/** A storage whose disk or server cannot be used. */
	abstract MediaStorage unusableStorage();

	/** How many files or objects the working storage holds. */
	abstract long storedCount();

	@Test
	void storedBytesComeBackUnderTheirKey() {
		byte[] bytes = "leaflet".getBytes(StandardCharsets.UTF_8);
		storage().put("a1b2-c3", bytes);
		assertThat(storage().get("a1b2-c3")).contains(bytes);
		assertThat(storedCount()).isEqualTo(1);
	}

	@Test
	void replacingAKeyKeepsOnlyTheNewBytes() {
		storage().put("k1", new byte[] { 1, 2, 3 });
		storage().put("k1", new byte[] { 9 });
		assertThat(storage().get("k1")).contains(new byte[] { 9 });
		assertThat(storedCount()).isEqualTo(1);
	}

	@Test
	void anEmptyFileIsKeptAsSuch() {
		storage().put("empty", new byte[0]);
		assertThat(storage().get("empty")).hasValueSatisfying((bytes) -> assertThat(bytes).isEmpty());
	}

	@Test
	void deletedKeyHoldsNothingAndDeletingTwiceIsHarmless() {
		storage().put("gone", new byte[] { 1 });
		storage().delete("gone");
		storage().delete("gone");
		assertThat(storage().get("gone")).isEmpty();
		assertThat(storage().get("never-stored")).isEmpty();
		storage().delete("never-stored");
		assertThat(storedCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", "../etc/passwd", "a/b", "a\\b", "/abs", ".hidden", "photo.jpg", "", " ", "a b",
			"%2e%2e" })
	void keysThatCouldBePathsAreRefused(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> storage().put(key, new byte[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().get(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().delete(key));
		assertThat(storedCount()).isZero();
	}

	@Test
	void nullKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> storage().get(null));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().put(null, new byte[] { 1 }));
	}

	@Test
	void anUnusableStorageFailsWithAStorageExceptionAndNeverReadsAsEmpty() {
		MediaStorage unusable = unusableStorage();
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(() -> unusable.put("k1", new byte[] { 1 }))
			.withMessageContaining("k1");
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(() -> unusable.get("k1"));
	}

}
