/**
 * The audit trail: who did what to which record, when. Entries are written by listeners
 * of the other modules' events (retried from the event publication registry if one fails)
 * and never changed; admins browse and filter them.
 */
package org.migrantportal.audit;
