package org.migrantportal.callback.web;

import org.migrantportal.callback.CallBackSubmission;

/**
 * The call-back form as typed, kept to be shown again with the errors. A text longer than
 * anyone would type by mistake is cut when shown again, never stored.
 *
 * @param consent {@code yes} when the consent box was ticked
 */
record CallBackForm(String name, String contact, String language, String country, String topic, String organizationId,
		String consent) {

	private static final int MAX_ECHO_LENGTH = 4000;

	CallBackForm {
		name = clip(name);
		contact = clip(contact);
		language = clip(language);
		country = clip(country);
		topic = clip(topic);
		organizationId = clip(organizationId);
		consent = clip(consent);
	}

	static CallBackForm empty(String language, String country) {
		return new CallBackForm("", "", language, country, "", "", "");
	}

	public boolean consented() {
		return "yes".equals(this.consent);
	}

	CallBackSubmission toSubmission() {
		return new CallBackSubmission(this.name, this.contact, this.language, this.country, this.topic,
				this.organizationId);
	}

	private static String clip(String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > MAX_ECHO_LENGTH) ? value.substring(0, MAX_ECHO_LENGTH) : value;
	}

}
