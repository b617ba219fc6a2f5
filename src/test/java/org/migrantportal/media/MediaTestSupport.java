package org.migrantportal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The media library as tests see it: staff to act as, files uploaded through the real
 * service, and what is stored (rows and files) to compare before and after.
 */
public final class MediaTestSupport {

	private final MediaLibrary library;

	private final MediaEditingService editing;

	private final JdbcClient jdbc;

	private final Path folder;

	private final MediaStorage storage;

	public MediaTestSupport(ApplicationContext context) {
		this.library = context.getBean(MediaLibrary.class);
		this.editing = context.getBean(MediaEditingService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.folder = context.getBean(MediaProperties.class).folder();
		this.storage = context.getBean(MediaStorage.class);
	}

	public static Actor editor(CountryScope country) {
		return new Actor(null, "media-editor-" + country.name().toLowerCase() + "@test.example", StaffRole.EDITOR,
				country, null, false);
	}

	public static Actor reviewer(CountryScope country) {
		return new Actor(null, "media-reviewer@test.example", StaffRole.REVIEWER, country, null, false);
	}

	public long upload(Actor actor, String name, byte[] bytes) {
		return this.library.upload(actor, name, bytes, "en");
	}

	/** Uploaded by a Georgian editor and approved by a reviewer. */
	public long published(String name, byte[] bytes) {
		long id = upload(editor(CountryScope.GEORGIA), name, bytes);
		this.editing.review(reviewer(CountryScope.GEORGIA), id);
		return id;
	}

	/** Writes a file's title and alt text in one language, as an admin. */
	public void describe(long id, String locale, String title, String altText) {
		long version = details(id).texts().get(locale).version();
		this.editing.updateText(
				new Actor(null, "media-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false), id,
				locale, new MediaText(title, altText, ""), version);
	}

	public void moveToTrash(long id) {
		this.editing.moveToTrash(reviewer(CountryScope.GEORGIA), id);
	}

	public String publicPath(long id) {
		return this.editing.get(reviewer(CountryScope.BOTH), id).path();
	}

	public MediaDetails details(long id) {
		return this.editing
			.get(new Actor(null, "media-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false), id);
	}

	public long rows() {
		return this.jdbc.sql("select count(*) from media_asset").query(Long.class).single();
	}

	public long storedFiles() {
		if (!Files.isDirectory(this.folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String storageKey(long id) {
		return this.jdbc.sql("select storage_key from media_asset where id = ?").param(id).query(String.class).single();
	}

	/** The bytes stored for a file, from whichever storage the application uses. */
	public byte[] storedBytes(long id) {
		return this.storage.get(storageKey(id)).orElseThrow();
	}

	public Path folder() {
		return this.folder;
	}

}
