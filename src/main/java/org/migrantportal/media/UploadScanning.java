package org.migrantportal.media;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The virus check every upload passes before its bytes are read any further or stored
 * (security checklist UPL-05). Malware found refuses the upload, telling the editor what
 * was found, and is audited ({@link UploadInfected}); a scanner that cannot answer
 * refuses it too ({@link VirusScanUnavailableException}), with one warning line. Without
 * a scanner configured nothing is scanned.
 */
class UploadScanning {

	private static final Logger logger = LoggerFactory.getLogger(UploadScanning.class);

	private final MalwareScanner scanner;

	private final long maxBytes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/**
	 * @param scanner the scanner, or null when uploads are not scanned
	 * @param maxBytes the largest upload accepted; larger ones are refused for their size
	 * next, without being sent to the scanner
	 */
	UploadScanning(MalwareScanner scanner, long maxBytes, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.scanner = scanner;
		this.maxBytes = maxBytes;
		this.events = events;
		this.clock = clock;
		this.transactions = (transactionManager != null) ? new TransactionTemplate(transactionManager) : null;
	}

	/** Uploads not scanned, as when no scanner is configured. */
	static UploadScanning notScanned() {
		return new UploadScanning(null, 0, null, null, null);
	}

	boolean enabled() {
		return this.scanner != null;
	}

	/**
	 * Scans an upload.
	 * @param filename the file's name without any folder, for the audit
	 * @throws UploadRejectedException when malware is found
	 * @throws VirusScanUnavailableException when the scanner cannot answer
	 */
	void check(Actor actor, String filename, byte[] bytes) {
		if (this.scanner == null || bytes == null || bytes.length == 0 || bytes.length > this.maxBytes) {
			return;
		}
		MalwareScanner.Verdict verdict;
		try {
			verdict = this.scanner.scan(bytes);
		}
		catch (MalwareScanException ex) {
			// one line: an outage of the scanner, not a bug in the portal
			logger.warn("Upload refused, not checked for viruses: {}", ex.getMessage());
			throw new VirusScanUnavailableException();
		}
		if (!verdict.clean()) {
			logger.info("Upload refused: {} found {} in it", this.scanner.describe(), verdict.signature());
			UploadInfected event = new UploadInfected(verdict.signature(), filename,
					(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null,
					this.clock.instant());
			// published in a transaction of its own, so the event publication registry
			// keeps it for the audit although the upload stores nothing
			this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
			throw new UploadRejectedException("virusscan.error.infected", verdict.signature());
		}
	}

}
