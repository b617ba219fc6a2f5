package org.migrantportal.search;

import java.util.Collection;
import java.util.List;

import org.apache.lucene.search.Query;

/**
 * Where search documents are kept and searched: the embedded Lucene index of each node
 * ({@link LuceneSearchEngine}, the default) or an OpenSearch or Elasticsearch cluster
 * shared by several nodes ({@link OpenSearchEngine}). Both hold the same fields, analysed
 * by the same Java code ({@link SearchAnalysis}), and answer the same Lucene queries.
 */
interface SearchEngine extends AutoCloseable {

	/** Keyword fields. */
	String KEY = "key";

	String SUBJECT = "subject";

	String TYPE = "type";

	String LOCALE = "locale";

	String COUNTRY = "country";

	/** Stored fields, for results and snippets. */
	String SUBJECT_ID = "subjectId";

	String TITLE = "title";

	String SUMMARY = "summary";

	String BODY = "body";

	String PATH = "path";

	String PUBLISHED_AT = "publishedAt";

	/** The most text of one document kept for snippets. */
	int MAX_STORED_BODY = 20_000;

	/** Replaces the whole index with these documents. */
	void replaceAll(Collection<SearchDocument> documents);

	/**
	 * Replaces every language of one subject (e.g. {@code PAGE:12}) with these documents.
	 */
	void replaceSubject(String subject, List<SearchDocument> documents);

	/**
	 * The best {@code count} documents for the query, as stored, and how many matched.
	 */
	Found search(Query query, int count);

	/** How many documents the index holds. */
	int size();

	/**
	 * Whether several nodes share this index: then each change reaches it from the node
	 * that made it, and no node needs to rebuild it on a timer.
	 */
	boolean shared();

	@Override
	void close();

	/**
	 * What a search found.
	 *
	 * @param total how many documents matched
	 * @param documents the best of them, as stored
	 * @param expanded the query as searched, its fuzzy terms expanded to this index's
	 * terms, for marking the snippets; {@code null} when the engine does not say
	 */
	record Found(long total, List<SearchDocument> documents, Query expanded) {

		Found(long total, List<SearchDocument> documents) {
			this(total, documents, null);
		}

	}

	/** The body as stored: capped for snippets. */
	static String storedBody(SearchDocument document) {
		return (document.body().length() > MAX_STORED_BODY) ? document.body().substring(0, MAX_STORED_BODY)
				: document.body();
	}

}
