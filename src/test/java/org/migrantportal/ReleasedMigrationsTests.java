package org.migrantportal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A released migration is never edited or removed: every database that already ran it
 * would refuse to start (Flyway compares checksums), or silently differ from a new one.
 * The released files and their SHA-256 are listed in
 * {@code src/test/resources/db/migration-checksums.txt}; a change needs a new migration.
 */
class ReleasedMigrationsTests {

	@Test
	void noReleasedMigrationWasEditedOrRemoved() throws Exception {
		Map<String, String> released = released();
		assertThat(released).as("released migrations listed").hasSizeGreaterThanOrEqualTo(16);
		released.forEach((file, checksum) -> {
			ClassPathResource migration = new ClassPathResource("db/migration/" + file);
			assertThat(migration.exists()).as(file + " was removed").isTrue();
			assertThat(sha256(migration)).as(file + " was edited after its release; write a new migration instead")
				.isEqualTo(checksum);
		});
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		String list = new ClassPathResource("db/migration-checksums.txt").getContentAsString(StandardCharsets.UTF_8);
		for (String line : list.split("\n")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				String[] parts = trimmed.split("\\s+");
				released.put(parts[1], parts[0]);
			}
		}
		return released;
	}

	/**
	 * Of the text with LF line endings, so a checkout with CRLF does not count as an
	 * edit.
	 */
	private static String sha256(ClassPathResource file) {
		try (InputStream in = file.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
