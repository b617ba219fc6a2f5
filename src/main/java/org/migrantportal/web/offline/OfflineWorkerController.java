package org.migrantportal.web.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sw.js}: the service worker, at the site's root so that it may keep every public
 * page, with this release's {@link AssetVersion} written into it. The browser compares
 * its bytes on each visit, so a new release installs a new worker, which drops the old
 * caches.
 */
@Controller
class OfflineWorkerController {

	static final String VERSION_MARKER = "__PORTAL_ASSET_VERSION__";

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private final String script;

	OfflineWorkerController(AssetVersion version) {
		this.script = read().replace(VERSION_MARKER, version.value());
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> show() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(this.script);
	}

	private static String read() {
		try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
