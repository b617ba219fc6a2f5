package org.migrantportal.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How review e-mails are sent.
 *
 * @param from the sender address
 * @param baseUrl the portal's absolute address, for the links in the e-mails (empty: the
 * links are paths)
 */
@ConfigurationProperties("portal.notifications")
record NotificationProperties(String from, String baseUrl) {

	NotificationProperties {
		from = (from == null || from.isBlank()) ? "no-reply@localhost" : from.strip();
		baseUrl = (baseUrl == null) ? "" : baseUrl.strip().replaceAll("/+$", "");
	}

	String link(String path) {
		return this.baseUrl + path;
	}

}
