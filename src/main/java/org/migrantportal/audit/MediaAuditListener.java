package org.migrantportal.audit;

import org.migrantportal.media.UploadInfected;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of an upload refused for malware: who, which file name and what
 * the scanner found (the file itself was never stored).
 */
@Component
class MediaAuditListener {

	static final String ACTION = "MEDIA_UPLOAD_INFECTED";

	private final AuditService audit;

	MediaAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(UploadInfected event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), ACTION, "MEDIA", null,
				event.signature() + " — " + event.filename());
	}

}
