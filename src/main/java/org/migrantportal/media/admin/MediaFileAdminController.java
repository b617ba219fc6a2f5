package org.migrantportal.media.admin;

import org.migrantportal.media.MediaFiles;
import org.migrantportal.media.MediaNotFoundException;
import org.migrantportal.media.PublicMediaFile;
import org.migrantportal.shared.Actor;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A file of the person's scope as stored, for the back-office's previews: also files the
 * public site does not serve (not reviewed, in the trash), so never kept by a cache.
 */
@Controller
class MediaFileAdminController {

	private final MediaFiles files;

	MediaFileAdminController(MediaFiles files) {
		this.files = files;
	}

	@GetMapping(MediaAdminController.BASE + "/{id}/file")
	ResponseEntity<byte[]> show(@PathVariable long id, @RequestParam(required = false) Integer width, Actor actor) {
		PublicMediaFile file = this.files.findForStaff(actor, id, width)
			.orElseThrow(() -> MediaNotFoundException.of(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.filename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

}
