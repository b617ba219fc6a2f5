package org.migrantportal.web.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The version of this release's public pages: a hash of the worker, the static files, the
 * templates and the message bundles, read once at start. The service worker names its
 * caches with it, so a release that changes any of them replaces what visitors kept.
 */
@Component
class AssetVersion {

	private static final String[] PATTERNS = { "classpath*:offline/**", "classpath*:static/**",
			"classpath*:templates/**", "classpath*:i18n/**" };

	private final String value;

	AssetVersion() {
		this.value = hash(new PathMatchingResourcePatternResolver());
	}

	String value() {
		return this.value;
	}

	static String hash(PathMatchingResourcePatternResolver resolver) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String pattern : PATTERNS) {
				Resource[] resources = resolver.getResources(pattern);
				Arrays.sort(resources, Comparator.comparing(AssetVersion::nameOf));
				for (Resource resource : resources) {
					if (!resource.isReadable()) {
						continue;
					}
					digest.update(nameOf(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					try (InputStream in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String nameOf(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

}
