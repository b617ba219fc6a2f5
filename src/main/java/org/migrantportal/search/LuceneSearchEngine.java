package org.migrantportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.migrantportal.shared.CountryScope;

/**
 * The embedded Lucene index: in memory by default (it is rebuilt from the database at
 * start, in seconds), or in a folder when {@code portal.search.index-directory} is set.
 * Writes are visible to the next search at once.
 */
class LuceneSearchEngine implements SearchEngine {

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** An index of the given languages, in memory or in a folder when one is named. */
	LuceneSearchEngine(Iterable<String> languages, String folder) {
		try {
			this.directory = (folder == null || folder.isBlank()) ? new ByteBuffersDirectory()
					: FSDirectory.open(Path.of(folder));
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(SearchAnalysis.perField(languages))
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
			this.writer.commit();
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void replaceAll(Collection<SearchDocument> documents) {
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

	@Override
	public synchronized void replaceSubject(String subject, List<SearchDocument> documents) {
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

	@Override
	public Found search(Query query, int count) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				// expanded once, on the searcher that runs it: the snippets are marked
				// with the
				// very terms that matched, without expanding the fuzzy terms again
				Query expanded = searcher.rewrite(query);
				TopDocs top = searcher.search(expanded, Math.max(1, count));
				List<SearchDocument> documents = new ArrayList<>();
				for (ScoreDoc hit : top.scoreDocs) {
					documents.add(fromLucene(searcher.storedFields().document(hit.doc)));
				}
				return new Found(top.totalHits.value, documents, expanded);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query with its multi-term parts (fuzzy terms) expanded to this index's terms.
	 */
	Query rewrite(Query query) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.rewrite(query);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int size() {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean shared() {
		return false;
	}

	private void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	private static Document toLucene(SearchDocument source) {
		Document document = new Document();
		document.add(new StringField(KEY, source.key(), Field.Store.YES));
		document.add(new StringField(SUBJECT, source.subject(), Field.Store.NO));
		document.add(new StringField(TYPE, source.type().name(), Field.Store.YES));
		document.add(new StringField(LOCALE, source.locale(), Field.Store.YES));
		document.add(new StringField(COUNTRY, source.country().name(), Field.Store.YES));
		document.add(new StoredField(SUBJECT_ID, source.subjectId()));
		document.add(new StoredField(TITLE, source.title()));
		document.add(new StoredField(SUMMARY, source.summary()));
		document.add(new StoredField(BODY, SearchEngine.storedBody(source)));
		document.add(new StoredField(PATH, source.path()));
		if (source.publishedAt() != null) {
			document.add(new StoredField(PUBLISHED_AT, source.publishedAt().toEpochMilli()));
		}
		String all = source.allText();
		document.add(new TextField(SearchAnalysis.TITLE + source.locale(), source.title(), Field.Store.NO));
		document.add(new TextField(SearchAnalysis.TEXT + source.locale(), all, Field.Store.NO));
		document.add(new TextField(SearchAnalysis.SKELETON, all, Field.Store.NO));
		return document;
	}

	private static SearchDocument fromLucene(Document document) {
		Number published = (document.getField(PUBLISHED_AT) != null) ? document.getField(PUBLISHED_AT).numericValue()
				: null;
		return new SearchDocument(SearchType.valueOf(document.get(TYPE)),
				document.getField(SUBJECT_ID).numericValue().longValue(), document.get(LOCALE),
				CountryScope.valueOf(document.get(COUNTRY)), document.get(TITLE), document.get(SUMMARY),
				document.get(BODY), document.get(PATH),
				(published != null) ? Instant.ofEpochMilli(published.longValue()) : null);
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
