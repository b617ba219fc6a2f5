package org.migrantportal.media.web;

import java.time.Duration;
import java.util.Optional;

import org.migrantportal.media.MediaFiles;
import org.migrantportal.media.MediaNotFoundException;
import org.migrantportal.media.PublicMediaFile;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves a published media file at {@code /media/{id}/{slug}.{ext}}. The URL names the
 * file's content, so the answer may be cached for a year and never asked again; its
 * strong ETag answers a repeated request with 304. Unknown, trashed, unreviewed files and
 * old URLs of a replaced file are the localized 404.
 */
@Controller
class MediaController {

	private static final CacheControl FOR_EVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaFiles files;

	MediaController(MediaFiles files) {
		this.files = files;
	}

	/**
	 * The file named by {@code {slug}.{extension}}; a name without an extension names
	 * nothing.
	 */
	@GetMapping("/media/{id}/{name}")
	ResponseEntity<byte[]> show(@PathVariable long id, @PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		int dot = name.lastIndexOf('.');
		PublicMediaFile file = ((dot > 0) ? this.files.findPublic(id, name.substring(0, dot), name.substring(dot + 1))
				: Optional.<PublicMediaFile>empty())
			.orElseThrow(() -> MediaNotFoundException.of(id));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(FOR_EVER)
			.eTag(file.etag())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.filename()).build().toString());
		if (file.etag().equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.cacheControl(FOR_EVER)
				.eTag(file.etag())
				.header("X-Content-Type-Options", "nosniff")
				.build();
		}
		return answer.contentType(MediaType.parseMediaType(file.contentType())).body(file.bytes());
	}

}
