package org.migrantportal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps media files in a folder on the local disk, one file per key. A file is written
 * beside its place and moved there at once, so a reader never sees half of it. A disk
 * that cannot be read or written is a {@link MediaStorageException}.
 */
class LocalMediaStorage implements MediaStorage {

	private final Path folder;

	LocalMediaStorage(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes) {
		Path target = pathOf(key);
		try {
			Files.createDirectories(this.folder);
			Path temporary = Files.createTempFile(this.folder, "upload-", ".part");
			try {
				Files.write(temporary, bytes);
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new MediaStorageException("Cannot store media file " + key, ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(pathOf(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new MediaStorageException("Cannot read media file " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new MediaStorageException("Cannot delete media file " + key, ex);
		}
	}

	private Path pathOf(String key) {
		Path path = this.folder.resolve(MediaStorage.checkKey(key)).normalize();
		if (!this.folder.equals(path.getParent())) {
			throw new IllegalArgumentException("Not a media storage key");
		}
		return path;
	}

}
