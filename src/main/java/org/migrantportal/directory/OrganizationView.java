package org.migrantportal.directory;

import java.util.List;

import org.migrantportal.shared.Described;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;

/**
 * An organization as its public page shows it, with its published services.
 *
 * @param shownLocale the language of name and description
 * @param fallback whether that is not the language asked for
 */
public record OrganizationView(Long id, String name, String description, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, String website, String email, List<ServiceSummary> services,
		TranslationPaths paths) implements Described {

	@Override
	public String metaDescription() {
		return this.fallback ? null : this.description;
	}

}
