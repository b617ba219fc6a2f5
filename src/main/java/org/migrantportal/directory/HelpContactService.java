package org.migrantportal.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the help contacts in the visitor's language, falling back where a translation is
 * missing.
 */
@Service
@Transactional(readOnly = true)
public class HelpContactService {

	private final SiteLocales siteLocales;

	private final HelpContactRepository contacts;

	private final HelpContactTranslationRepository translations;

	HelpContactService(SiteLocales siteLocales, HelpContactRepository contacts,
			HelpContactTranslationRepository translations) {
		this.siteLocales = siteLocales;
		this.contacts = contacts;
		this.translations = translations;
	}

	public List<HelpContactView> listContacts(SiteLocale locale) {
		List<HelpContact> all = this.contacts.findByDeletedAtIsNullOrderByPositionAscIdAsc();
		Map<Long, List<HelpContactTranslation>> texts = this.translations
			.findByContactIdIn(all.stream().map(HelpContact::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(HelpContactTranslation::getContactId));
		return all.stream()
			.flatMap((contact) -> best(locale, texts.getOrDefault(contact.getId(), List.of()))
				.map((text) -> view(locale, contact, text))
				.stream())
			.toList();
	}

	private Optional<HelpContactTranslation> best(SiteLocale locale, List<HelpContactTranslation> candidates) {
		return this.siteLocales.pickBest(locale, candidates, HelpContactTranslation::getLocale);
	}

	private HelpContactView view(SiteLocale locale, HelpContact contact, HelpContactTranslation text) {
		SiteLocale shown = this.siteLocales.get(text.getLocale());
		return new HelpContactView(text.getName(), text.getDescription(), text.getAddress(), contact.getKind(),
				contact.getCountryScope(), contact.getPhone(), contact.getEmail(), contact.isAroundTheClock(),
				contact.isSample(), shown, !shown.equals(locale), text.isAwaitingNativeReview());
	}

}
