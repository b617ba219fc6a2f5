package org.migrantportal.admin;

import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.BackOfficeSection;

/**
 * What the back-office layout shows around every page.
 *
 * @param locale the language the staff member works in
 * @param languages the languages they can switch to
 * @param userName who is logged in, or null on the login page
 * @param sections the navigation: every module's sections the person's role reaches, in
 * order (empty on the login page)
 */
public record BackOfficeChrome(SiteLocale locale, List<SiteLocale> languages, String userName,
		List<BackOfficeSection> sections) {

	public BackOfficeChrome {
		sections = List.copyOf(sections);
	}

	/** The sections with a card on the dashboard, in navigation order. */
	public List<BackOfficeSection> dashboardCards() {
		return this.sections.stream().filter(BackOfficeSection::onDashboard).toList();
	}

}
