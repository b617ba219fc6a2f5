package org.migrantportal.callback;

/**
 * What a visitor sends to be called back, as typed (stripped). The country is the enum's
 * name ({@code GEORGIA}, {@code ARMENIA}), the language a configured tag and the
 * organization an id, each as text until checked.
 */
public record CallBackSubmission(String name, String contact, String language, String country, String topic,
		String organizationId) {

	public CallBackSubmission {
		name = strip(name);
		contact = strip(contact);
		language = strip(language);
		country = strip(country);
		topic = strip(topic);
		organizationId = strip(organizationId);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
