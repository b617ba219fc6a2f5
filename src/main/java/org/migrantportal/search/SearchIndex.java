package org.migrantportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.migrantportal.i18n.SiteLocales;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index: in memory by default (it is rebuilt from the database at
 * start, in seconds), or in a folder when {@code portal.search.index-directory} is set.
 * Writes are visible to the next search at once.
 */
@Component
class SearchIndex {

	static final String KEY = "key";

	static final String SUBJECT = "subject";

	static final String TYPE = "type";

	static final String LOCALE = "locale";

	static final String COUNTRY = "country";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	static final String PATH = "path";

	static final String PUBLISHED_AT = "publishedAt";

	/** The most text of one document kept for snippets. */
	static final int MAX_STORED_BODY = 20_000;

	private final Analyzer analyzer;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SearchIndex(SiteLocales siteLocales, @Value("${portal.search.index-directory:}") String folder) throws IOException {
		this.analyzer = SearchAnalysis.perField(siteLocales.all().stream().map((locale) -> locale.tag()).toList());
		this.directory = folder.isBlank() ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(folder));
		this.writer = new IndexWriter(this.directory,
				new IndexWriterConfig(this.analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.writer.commit();
		this.searchers = new SearcherManager(this.writer, null);
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/** Replaces the whole index with these documents. */
	synchronized void replaceAll(Collection<SearchDocument> documents) {
		try {
			this.writer.deleteAll();
			for (SearchDocument document : documents) {
				this.writer.addDocument(toLucene(document));
			}
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces every language of one subject (e.g. {@code PAGE:12}) with these documents.
	 */
	synchronized void replaceSubject(String subject, List<SearchDocument> documents) {
		try {
			this.writer.deleteDocuments(new Term(SUBJECT, subject));
			for (SearchDocument document : documents) {
				this.writer.addDocument(toLucene(document));
			}
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a search with a searcher that sees every write so far. */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.run(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	private void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	static Document toLucene(SearchDocument source) {
		Document document = new Document();
		document.add(new StringField(KEY, source.key(), Field.Store.YES));
		document.add(new StringField(SUBJECT, source.subject(), Field.Store.NO));
		document.add(new StringField(TYPE, source.type().name(), Field.Store.YES));
		document.add(new StringField(LOCALE, source.locale(), Field.Store.YES));
		document.add(new StringField(COUNTRY, source.country().name(), Field.Store.YES));
		String body = (source.body().length() > MAX_STORED_BODY) ? source.body().substring(0, MAX_STORED_BODY)
				: source.body();
		document.add(new StoredField(TITLE, source.title()));
		document.add(new StoredField(SUMMARY, source.summary()));
		document.add(new StoredField(BODY, body));
		document.add(new StoredField(PATH, source.path()));
		if (source.publishedAt() != null) {
			document.add(new StoredField(PUBLISHED_AT, source.publishedAt().toEpochMilli()));
		}
		String all = source.title() + "\n" + source.summary() + "\n" + source.body();
		document.add(new TextField(SearchAnalysis.TITLE + source.locale(), source.title(), Field.Store.NO));
		document.add(new TextField(SearchAnalysis.TEXT + source.locale(), all, Field.Store.NO));
		document.add(new TextField(SearchAnalysis.SKELETON, all, Field.Store.NO));
		return document;
	}

	@PreDestroy
	void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	@FunctionalInterface
	interface SearcherWork<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

}
