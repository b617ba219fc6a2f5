package org.migrantportal.media;

import java.time.Instant;

/**
 * An upload refused because the virus scanner found malware in it; nothing of it was
 * stored. Carries the name of what was found, never the file.
 *
 * @param signature the scanner's name for the malware, such as
 * {@code Win.Test.EICAR_HDB-1}
 * @param filename the file's name as the browser sent it, without any folder
 * @param actorId the staff member who uploaded it
 * @param actorEmail their e-mail address
 * @param at when
 */
public record UploadInfected(String signature, String filename, Long actorId, String actorEmail, Instant at) {

}
