package org.migrantportal.media;

/**
 * An upload refused because the virus scanner could not check it: nothing is stored and
 * the editor is asked to try again later (status 503 in the back-office). It is an
 * {@link UploadRejectedException}, so any caller that refuses uploads already refuses
 * this one too.
 */
public class VirusScanUnavailableException extends UploadRejectedException {

	VirusScanUnavailableException() {
		super("virusscan.error.unavailable");
	}

}
