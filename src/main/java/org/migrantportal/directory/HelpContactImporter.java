package org.migrantportal.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialContentFiles;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the help contacts of the initial content ({@code content/contacts/<key>.yml}) at
 * start: only contacts and translations the database does not have yet, never overwriting
 * an edit.
 */
@Component
@Order(20)
class HelpContactImporter extends InitialRecordImporter {

	private final HelpContactRepository contacts;

	private final HelpContactTranslationRepository translations;

	private final Clock clock;

	HelpContactImporter(HelpContactRepository contacts, HelpContactTranslationRepository translations,
			TransactionTemplate transactions, Clock clock) {
		super("contacts", transactions);
		this.contacts = contacts;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	int importRecord(InitialContentFiles.Record record) {
		Instant now = this.clock.instant();
		FrontMatterDocument data = record.attributes();
		HelpContact contact = this.contacts.findByContentKey(record.key())
			.orElseGet(() -> this.contacts.save(new HelpContact(record.key(),
					CountryScope.parse(data.requiredString("country"))
						.orElseThrow(() -> new IllegalStateException(record.key() + " has an unknown country")),
					HelpContactKind.valueOf(data.requiredString("kind")), data.string("phone"), data.string("email"),
					data.flag("around-the-clock"), data.flag("sample"), data.integer("position", 0), now)));
		Map<String, FrontMatterDocument> missing = record.missing(
				(locale) -> this.translations.existsByContactIdAndLocale(contact.getId(), locale),
				(locale) -> KnownLanguages.find(locale).isPresent());
		for (Map.Entry<String, FrontMatterDocument> entry : missing.entrySet()) {
			String locale = entry.getKey();
			FrontMatterDocument text = entry.getValue();
			this.translations.save(new HelpContactTranslation(contact.getId(), locale, text.requiredString("name"),
					text.string("description"), text.string("address"), text.flag("awaiting-native-review"),
					text.string("translated-from"), now));
		}
		return missing.size();
	}

}
