package org.migrantportal.directory;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * An organization as one entry of the public list of organizations, in the best available
 * language.
 *
 * @param path its page for the visitor's language
 * @param shownLocale the language of its name and description
 * @param fallback whether that is not the language asked for
 * @param services how many published services it offers
 */
public record OrganizationEntry(Long id, String name, String description, String path, SiteLocale shownLocale,
		boolean fallback, OrganizationKind kind, CountryScope country, int services) {

}
