package org.migrantportal.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.migrantportal.shared.CountryScope;

/**
 * A whole help contact as one revision holds it: its facts, its texts per language, its
 * phone numbers and where the facts come from. Editors save it as a draft; publishing
 * makes one revision the contact the public sees.
 *
 * @param position where it stands in its country's list (smaller first)
 * @param texts per language tag: name, description, address and opening hours
 * @param lastVerifiedOn when someone last checked the facts, or null
 * @param organizationId a directory organization it refers to instead of repeating it
 * @param serviceId a directory service listing it refers to instead of repeating it
 * @param sourceTitle the official source of facts from the initial data, or null
 * @param sourceUrl that source's address, or null
 * @param sample whether the facts are sample data, not real
 */
public record HelpContactDocument(HelpContactKind kind, CountryScope country, int position, Map<String, Text> texts,
		List<Phone> phones, String email, String website, LocalDate lastVerifiedOn, Long organizationId, Long serviceId,
		String sourceTitle, String sourceUrl, boolean sample) {

	public HelpContactDocument {
		texts = (texts != null) ? new TreeMap<>(texts) : new TreeMap<>();
		phones = (phones != null) ? List.copyOf(phones) : List.of();
	}

	/**
	 * A contact's words in one language.
	 *
	 * @param awaitingNativeReview whether a native speaker still has to check them
	 * @param translatedFrom the language they were translated from, or null
	 */
	public record Text(String name, String description, String address, String openingHours,
			boolean awaitingNativeReview, String translatedFrom) {

	}

	/**
	 * A number to call, with what it is for in each language.
	 *
	 * @param labels per language tag, e.g. "from a mobile phone"
	 * @param languages the language tags the people answering speak
	 */
	public record Phone(String number, Map<String, String> labels, boolean hotline, boolean aroundTheClock,
			boolean freeOfCharge, List<String> languages) {

		public Phone {
			labels = (labels != null) ? new TreeMap<>(labels) : new TreeMap<>();
			languages = (languages != null) ? List.copyOf(languages) : List.of();
		}

		/** The {@code tel:} URI of the number: digits and a leading plus only. */
		public String telUri() {
			return "tel:" + this.number.replaceAll("[^0-9+]", "");
		}

	}

}
