package org.migrantportal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local folder: the storage contract, plus where the files go and that no partial
 * file is left beside them.
 */
class LocalMediaStorageTests extends MediaStorageContract {

	@TempDir
	Path root;

	private LocalMediaStorage storage;

	@BeforeEach
	void folder() {
		this.storage = new LocalMediaStorage(this.root.resolve("media"));
	}

	@Override
	MediaStorage storage() {
		return this.storage;
	}

	@Override
	MediaStorage unusableStorage() {
		try {
			// a file where the folder should be: nothing can be written under it
			Path file = Files.writeString(this.root.resolve("not-a-folder"), "x");
			return new LocalMediaStorage(file.resolve("media"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	long storedCount() {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aFileIsNamedByItsKeyInTheFolder() {
		this.storage.put("a1b2-c3", new byte[] { 1 });
		assertThat(this.root.resolve("media/a1b2-c3")).exists();
	}

	@Test
	void replacingAKeyLeavesNoPartialFile() throws IOException {
		this.storage.put("k1", new byte[] { 1, 2, 3 });
		this.storage.put("k1", new byte[] { 9 });
		try (Stream<Path> files = Files.list(this.root.resolve("media"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("k1");
		}
	}

}
