package org.migrantportal.directory;

import org.migrantportal.shared.Slugs;

/**
 * The longest each field of a directory form may be, for its {@code maxlength}: the same
 * constants the rules check, so a limit is written once.
 */
public record FormLimits(int name, int slug, int email, int url, int address, int phone, int description,
		int openingHours, int label) {

	public static final FormLimits LISTING = new FormLimits(ListingRules.MAX_NAME, Slugs.MAX_LENGTH,
			ListingRules.MAX_EMAIL, ListingRules.MAX_URL, ListingRules.MAX_ADDRESS, ListingRules.MAX_PHONE,
			ListingRules.MAX_DESCRIPTION, 0, 0);

	public static final FormLimits HELP_CONTACT = new FormLimits(HelpContactRules.MAX_NAME, Slugs.MAX_LENGTH,
			HelpContactRules.MAX_EMAIL, HelpContactRules.MAX_URL, HelpContactRules.MAX_ADDRESS,
			HelpContactRules.MAX_NUMBER, HelpContactRules.MAX_DESCRIPTION, HelpContactRules.MAX_HOURS,
			HelpContactRules.MAX_LABEL);

}
