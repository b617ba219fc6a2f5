package org.migrantportal.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.InitialContentFiles;
import org.migrantportal.shared.InitialImports;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads one folder of the initial content ({@code content/<folder>/<key>.yml}) at start,
 * each record in its own transaction, adding only what the database does not have yet.
 */
abstract class InitialRecordImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(InitialRecordImporter.class);

	private final String folder;

	private final TransactionTemplate transactions;

	private final InitialImports imports;

	InitialRecordImporter(String folder, TransactionTemplate transactions, InitialImports imports) {
		this.folder = folder;
		this.transactions = transactions;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.imports.importUnlessUnchanged(this.folder, this.folder, this, "", () -> {
			int added = 0;
			for (InitialContentFiles.Record record : InitialContentFiles.read(this.folder)) {
				added += this.transactions.execute((status) -> importRecord(record));
			}
			logger.info("Initial {}: {} new translations imported", this.folder, added);
		});
	}

	/**
	 * Adds what the database lacks of one record; returns how many translations it added.
	 */
	abstract int importRecord(InitialContentFiles.Record record);

}
