package org.migrantportal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs an initial import only when there may be something to import: each import's
 * fingerprint (its content files, the code of its importer, and any setting that changes
 * what it imports) is kept in {@code initial_import} once it has run to the end, and a
 * start that finds the same fingerprint skips it. Reading every file of the initial
 * content against the database cost a second of every start; new or changed content, a
 * new importer or an import that failed half-way runs it again, and it still adds only
 * what the database lacks. Runs under the initial import lock (the cluster module), so
 * nodes starting together read and write the fingerprints one after the other.
 */
@Component
public class InitialImports {

	private static final Logger logger = LoggerFactory.getLogger(InitialImports.class);

	private static final ResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	private final JdbcClient jdbc;

	private final Clock clock;

	InitialImports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Runs {@code importer} unless the files under {@code content/<folder>/} (all of
	 * them, at any depth), the importer's class and {@code settings} are those of the
	 * last import that ran to the end under {@code name}.
	 * @param settings anything else that changes what the importer adds
	 */
	public void importUnlessUnchanged(String name, String folder, Object importer, Object settings, Runnable run) {
		String fingerprint = fingerprint(folder, ClassUtils.getUserClass(importer), String.valueOf(settings));
		boolean unchanged = this.jdbc.sql("select fingerprint from initial_import where name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.filter(fingerprint::equals)
			.isPresent();
		if (unchanged) {
			logger.info("Initial {}: unchanged since the last import", name);
			return;
		}
		run.run();
		this.jdbc
			.sql("insert into initial_import (name, fingerprint, imported_at) values (?, ?, ?) "
					+ "on conflict (name) do update set fingerprint = excluded.fingerprint, "
					+ "imported_at = excluded.imported_at")
			.params(name, fingerprint, java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	static String fingerprint(String folder, Class<?> importer, String settings) {
		MessageDigest digest = sha256();
		try {
			// by path inside content/, so the same files give the same fingerprint
			// wherever the jar or the classes folder lies
			Map<String, Resource> files = new TreeMap<>();
			for (Resource file : RESOURCES.getResources("classpath*:content/" + folder + "/**/*")) {
				String url = file.getURL().toString();
				if (file.isReadable() && !url.endsWith("/")) {
					files.put(url.substring(url.lastIndexOf("content/" + folder + "/")), file);
				}
			}
			for (Map.Entry<String, Resource> file : files.entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = file.getValue().getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			try (InputStream code = importer.getResourceAsStream(importer.getSimpleName() + ".class")) {
				if (code != null) {
					digest.update(code.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content/" + folder, ex);
		}
		digest.update(settings.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
