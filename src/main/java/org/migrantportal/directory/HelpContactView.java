package org.migrantportal.directory;

import java.time.LocalDate;
import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * A published help contact as the public sees it, in the best available language.
 *
 * @param shownLocale the language of name, description, address and hours
 * @param fallback whether that is not the language asked for
 * @param sample whether the facts are sample data, not real
 * @param sourceTitle the official source of the facts, or null
 */
public record HelpContactView(Long id, String name, String description, String address, String openingHours,
		HelpContactKind kind, CountryScope country, List<PhoneView> phones, String email, String website,
		LocalDate lastVerifiedOn, Long organizationId, Long serviceId, String sourceTitle, String sourceUrl,
		boolean sample, SiteLocale shownLocale, boolean fallback, boolean awaitingNativeReview,
		OrganizationLink organization) {

	/**
	 * The directory organization a contact points to, as the visitor reads it: its name
	 * and its public page in the best language it has.
	 */
	public record OrganizationLink(String name, String path, SiteLocale locale) {
	}

	/**
	 * A number to dial with its label in the best available language.
	 *
	 * @param labelLocale the language of the label, or null when it has none
	 */
	public record PhoneView(String number, String telUri, String label, SiteLocale labelLocale, boolean hotline,
			boolean aroundTheClock, boolean freeOfCharge, List<String> languages) {

	}

}
