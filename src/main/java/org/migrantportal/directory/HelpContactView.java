package org.migrantportal.directory;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * A help contact as the public sees it, in the best available language.
 *
 * @param shownLocale the language of name, description and address
 * @param fallback whether that is not the language asked for
 * @param phone a number to dial, or {@code null}
 * @param sample whether the facts are sample data, not real
 */
public record HelpContactView(String name, String description, String address, HelpContactKind kind,
		CountryScope country, String phone, String email, boolean aroundTheClock, boolean sample,
		SiteLocale shownLocale, boolean fallback, boolean awaitingNativeReview) {

	/** The {@code tel:} URI of the phone number: digits and a leading plus only. */
	public String telUri() {
		return (this.phone != null) ? "tel:" + this.phone.replaceAll("[^0-9+]", "") : null;
	}

}
