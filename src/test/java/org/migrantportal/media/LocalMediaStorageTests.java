package org.migrantportal.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalMediaStorageTests {

	@TempDir
	Path root;

	@Test
	void storedBytesComeBackUnderTheirKey() {
		LocalMediaStorage storage = new LocalMediaStorage(this.root.resolve("media"));
		byte[] bytes = "leaflet".getBytes(StandardCharsets.UTF_8);
		storage.put("a1b2-c3", bytes);
		assertThat(storage.get("a1b2-c3")).contains(bytes);
		assertThat(this.root.resolve("media/a1b2-c3")).exists();
	}

	@Test
	void replacingAKeyKeepsOnlyTheNewBytesAndLeavesNoPartialFile() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(this.root);
		storage.put("k1", new byte[] { 1, 2, 3 });
		storage.put("k1", new byte[] { 9 });
		assertThat(storage.get("k1")).contains(new byte[] { 9 });
		try (var files = Files.list(this.root)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("k1");
		}
	}

	@Test
	void deletedKeyHoldsNothingAndDeletingTwiceIsHarmless() {
		LocalMediaStorage storage = new LocalMediaStorage(this.root);
		storage.put("gone", new byte[] { 1 });
		storage.delete("gone");
		storage.delete("gone");
		assertThat(storage.get("gone")).isEmpty();
		assertThat(storage.get("never-stored")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", "../etc/passwd", "a/b", "a\\b", "/abs", ".hidden", "photo.jpg", "", " ", "a b",
			"%2e%2e" })
	void keysThatCouldBePathsAreRefused(String key) throws IOException {
		Path folder = this.root.resolve("media");
		LocalMediaStorage storage = new LocalMediaStorage(folder);
		assertThatIllegalArgumentException().isThrownBy(() -> storage.put(key, new byte[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.get(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete(key));
		try (var files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void nullKeyIsRefused() {
		LocalMediaStorage storage = new LocalMediaStorage(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> storage.get(null));
	}

}
