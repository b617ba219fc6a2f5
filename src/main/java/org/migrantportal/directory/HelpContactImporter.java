package org.migrantportal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialContentFiles;
import org.migrantportal.shared.InitialImports;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the help contacts of the initial content ({@code content/contacts/<key>.yml}) at
 * start: a contact whose key the database does not have yet becomes its first revision,
 * published when the file says {@code published: true}. An existing contact is never
 * touched: after the first import the back-office is the truth.
 */
@Component
@Order(20)
class HelpContactImporter extends InitialRecordImporter {

	private final HelpContactRepository contacts;

	private final HelpContactEditingService editing;

	HelpContactImporter(HelpContactRepository contacts, HelpContactEditingService editing,
			TransactionTemplate transactions, InitialImports imports) {
		super("contacts", transactions, imports);
		this.contacts = contacts;
		this.editing = editing;
	}

	@Override
	int importRecord(InitialContentFiles.Record record) {
		if (this.contacts.findByContentKey(record.key()).isPresent()) {
			return 0;
		}
		HelpContactDocument document = document(record);
		List<ListingProblem> problems = this.editing.listProblems(document);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(record.key() + " breaks the help contact rules: " + problems);
		}
		HelpContact contact = this.editing.create(record.key(), document, null, "initial content");
		if (record.attributes().flag("published")) {
			this.editing.publish(contact, null);
		}
		return document.texts().size();
	}

	static HelpContactDocument document(InitialContentFiles.Record record) {
		FrontMatterDocument data = record.attributes();
		Map<String, HelpContactDocument.Text> texts = new LinkedHashMap<>();
		record.missing((locale) -> false, (locale) -> KnownLanguages.find(locale).isPresent())
			.forEach((locale, text) -> texts.put(locale,
					new HelpContactDocument.Text(text.requiredString("name"), text.string("description"),
							text.string("address"), text.string("opening-hours"), text.flag("awaiting-native-review"),
							text.string("translated-from"))));
		String verified = data.string("last-verified-on");
		return new HelpContactDocument(HelpContactKind.valueOf(data.requiredString("kind")),
				CountryScope.parse(data.requiredString("country"))
					.orElseThrow(() -> new IllegalStateException(record.key() + " has an unknown country")),
				data.integer("position", 0), texts, phones(data), data.string("email"), data.string("website"),
				(verified != null) ? LocalDate.parse(verified) : null, null, null, data.string("source-title"),
				data.string("source-url"), data.flag("sample"));
	}

	private static List<HelpContactDocument.Phone> phones(FrontMatterDocument data) {
		List<HelpContactDocument.Phone> phones = new ArrayList<>();
		if (data.attributes().get("phones") instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> map) {
					@SuppressWarnings("unchecked")
					FrontMatterDocument phone = new FrontMatterDocument((Map<String, Object>) map, "");
					Map<String, String> labels = new LinkedHashMap<>();
					if (map.get("labels") instanceof Map<?, ?> byLocale) {
						byLocale.forEach((locale, label) -> labels.put(locale.toString(), label.toString()));
					}
					List<String> languages = new ArrayList<>();
					if (map.get("languages") instanceof List<?> tags) {
						tags.forEach((tag) -> languages.add(tag.toString()));
					}
					phones.add(
							new HelpContactDocument.Phone(phone.requiredString("number"), labels, phone.flag("hotline"),
									phone.flag("around-the-clock"), phone.flag("free-of-charge"), languages));
				}
			}
		}
		return phones;
	}

}
