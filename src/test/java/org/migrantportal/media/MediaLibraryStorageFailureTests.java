package org.migrantportal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * An upload is all or nothing whatever the storage: the bytes are written first and the
 * row only after them, so a storage that fails leaves no row, and what was written before
 * a failure (of the storage or of the database) is taken back.
 */
class MediaLibraryStorageFailureTests {

	@TempDir
	Path folder;

	private final MediaAssetRepository assets = mock(MediaAssetRepository.class);

	private FailingStorage storage;

	private MediaLibrary library;

	@BeforeEach
	void library() {
		this.storage = new FailingStorage(new LocalMediaStorage(this.folder));
		MediaProperties properties = PropertiesBinding.bind(MediaProperties.class, Map.of());
		this.library = new MediaLibrary(new MediaUploads(properties), UploadScanning.notScanned(), this.storage,
				this.assets, mock(MediaAssetTranslationRepository.class), new SiteLocales("en,ka,hy", "en"),
				mock(ApplicationEventPublisher.class), Clock.systemUTC(), mock(PlatformTransactionManager.class),
				mock(MediaEditingService.class));
	}

	@Test
	void aStorageThatCannotTakeTheFileLeavesNoRow() {
		this.storage.failOn = "";
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(this::uploadPhoto);
		verify(this.assets, never()).saveAndFlush(any());
		assertThat(storedFiles()).isZero();
	}

	@Test
	void aStorageThatFailsOnASmallerCopyTakesBackTheFileAndTheOtherCopies() {
		this.storage.failOn = "-w1024";
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(this::uploadPhoto);
		verify(this.assets, never()).saveAndFlush(any());
		assertThat(storedFiles()).isZero();
	}

	@Test
	void aDatabaseThatCannotTakeTheRowTakesBackTheBytes() {
		given(this.assets.saveAndFlush(any())).willThrow(new DataIntegrityViolationException("database refused"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(this::uploadPhoto);
		assertThat(storedFiles()).isZero();
	}

	@Test
	void aStorageThatAlsoFailsToCleanUpKeepsTheFirstFailure() {
		this.storage.failOn = "-w1024";
		this.storage.failDeletes = true;
		try {
			uploadPhoto();
		}
		catch (MediaStorageException ex) {
			assertThat(ex.getMessage()).contains("-w1024");
			// the file, its WebP copy, the 480 px copy and its WebP copy were written
			// before
			assertThat(ex.getSuppressed()).hasSize(4);
			return;
		}
		throw new AssertionError("the upload should have failed");
	}

	private void uploadPhoto() {
		this.library.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "river.png", MediaFixtures.png(1200, 600),
				"en");
	}

	private long storedFiles() {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The local storage, failing for keys that end as told (every key for ""). */
	private static final class FailingStorage implements MediaStorage {

		private final MediaStorage delegate;

		private String failOn;

		private boolean failDeletes;

		FailingStorage(MediaStorage delegate) {
			this.delegate = delegate;
		}

		@Override
		public void put(String key, byte[] bytes) {
			if (this.failOn != null && key.endsWith(this.failOn)) {
				throw new MediaStorageException("Cannot store media file " + key, new IOException("No space left"));
			}
			this.delegate.put(key, bytes);
		}

		@Override
		public Optional<byte[]> get(String key) {
			return this.delegate.get(key);
		}

		@Override
		public void delete(String key) {
			if (this.failDeletes) {
				throw new MediaStorageException("Cannot delete media file " + key, new IOException("Read-only"));
			}
			this.delegate.delete(key);
		}

	}

}
