/**
 * E-mails staff about work waiting for them: a reviewer when a text of their scope is
 * submitted for review, an editor when a reviewer sends their text back with a reason.
 * Listens to the editorial events; each person switches the e-mails off for themselves.
 * Sends nothing when no mail server is configured ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.migrantportal.notifications;
