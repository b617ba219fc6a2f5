package org.migrantportal.tools.joboffer;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialContentFiles;
import org.migrantportal.shared.InitialImports;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the job-offer check of the initial content
 * ({@code content/job-offer-check/<key>.yml}) at start, under the initial import lock as
 * every importer: an entry or a language the database does not have yet is added as its
 * first revision, published when the file says {@code published: true}; what exists is
 * never touched, so after the first import the back-office is the truth.
 */
@Component
@Order(40)
class JobOfferImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(JobOfferImporter.class);

	private final JobOfferQuestionRepository questions;

	private final JobOfferQuestionTranslationRepository translations;

	private final JobOfferEditingService editing;

	private final TransactionTemplate transactions;

	private final InitialImports imports;

	JobOfferImporter(JobOfferQuestionRepository questions, JobOfferQuestionTranslationRepository translations,
			JobOfferEditingService editing, TransactionTemplate transactions, InitialImports imports) {
		this.imports = imports;
		this.questions = questions;
		this.translations = translations;
		this.editing = editing;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.imports.importUnlessUnchanged("job-offer-check", "job-offer-check", this, "", () -> {
			int added = 0;
			for (InitialContentFiles.Record record : InitialContentFiles.read("job-offer-check")) {
				added += this.transactions.execute((status) -> importRecord(record));
			}
			logger.info("Initial job-offer check: {} new translations imported", added);
		});
	}

	int importRecord(InitialContentFiles.Record record) {
		FrontMatterDocument data = record.attributes();
		JobOfferQuestion question = this.questions.findByContentKey(record.key())
			.orElseGet(() -> this.editing.create(record.key(),
					QuestionPart.valueOf(data.requiredString("part").toUpperCase(Locale.ROOT)),
					data.integer("position", 0), !"false".equals(String.valueOf(data.attributes().get("enabled")))));
		int added = 0;
		for (var entry : record
			.missing((locale) -> this.translations.findByQuestionIdAndLocale(question.getId(), locale).isPresent(),
					(locale) -> KnownLanguages.find(locale).isPresent())
			.entrySet()) {
			FrontMatterDocument text = entry.getValue();
			this.editing.importTranslation(question, entry.getKey(),
					new JobOfferText(text.requiredString("question"), text.requiredString("warning"),
							text.requiredString("advice")),
					text.flag("awaiting-native-review"), text.string("translated-from"), data.flag("published"));
			added++;
		}
		return added;
	}

}
