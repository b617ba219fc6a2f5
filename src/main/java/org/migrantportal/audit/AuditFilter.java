package org.migrantportal.audit;

import java.time.Instant;

/**
 * What admins filter the audit trail by; every part is optional.
 *
 * @param actor part of the e-mail of who acted
 * @param action an action, e.g. LOGIN_FAILED
 * @param subjectType a kind of record, e.g. ACCOUNT, PAGE
 */
public record AuditFilter(String actor, String action, String subjectType, Instant from, Instant to) {
}
