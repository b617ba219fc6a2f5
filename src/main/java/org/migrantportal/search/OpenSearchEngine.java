package org.migrantportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.migrantportal.shared.CountryScope;

/**
 * The search index on an OpenSearch (or Elasticsearch) cluster that several nodes share,
 * over its REST API. Analysis stays ours: every analysed field is sent as the terms our
 * own analysers produce ({@link SearchAnalysis}: Georgian normalisation, stemming, the
 * Latin skeleton), indexed there with the whitespace analyser, and queries are our Lucene
 * queries written as query DSL. So both engines hold the same terms and find the same
 * documents; snippets are marked in Java from the stored text, as for the embedded index.
 */
class OpenSearchEngine implements SearchEngine {

	private static final String MAPPING = "/search/opensearch-index.json";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String index;

	private final String authorization;

	private final List<String> languages;

	private final Analyzer analyzer;

	/**
	 * An index named {@code index} on the cluster at {@code url}, created with our
	 * mapping if it does not exist, and given the fields of any language added since.
	 */
	OpenSearchEngine(URI url, String index, String username, String password, List<String> languages) {
		this.base = URI.create(url.toString().endsWith("/") ? url.toString() : url + "/");
		this.index = index;
		this.authorization = (username == null || username.isBlank()) ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.languages = List.copyOf(languages);
		this.analyzer = SearchAnalysis.perField(this.languages);
		prepareIndex();
	}

	private void prepareIndex() {
		ObjectNode languageFields = this.json.createObjectNode();
		for (String language : this.languages) {
			languageFields.set(SearchAnalysis.TEXT + language, analysedField());
			languageFields.set(SearchAnalysis.TITLE + language, analysedField());
		}
		if (send("HEAD", this.index, null, true).statusCode() == 404) {
			ObjectNode definition = (ObjectNode) readMapping();
			((ObjectNode) definition.get("mappings").get("properties")).setAll(languageFields);
			send("PUT", this.index, definition.toString(), false);
		}
		else {
			ObjectNode mapping = this.json.createObjectNode();
			mapping.set("properties", languageFields);
			send("PUT", this.index + "/_mapping", mapping.toString(), false);
		}
	}

	private ObjectNode analysedField() {
		ObjectNode field = this.json.createObjectNode();
		field.put("type", "text");
		field.put("analyzer", "whitespace");
		return field;
	}

	private JsonNode readMapping() {
		try (InputStream in = OpenSearchEngine.class.getResourceAsStream(MAPPING)) {
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes every document under a new generation, then deletes what older generations
	 * left: searches never see an empty index while it is rebuilt.
	 */
	@Override
	public void replaceAll(Collection<SearchDocument> documents) {
		String generation = UUID.randomUUID().toString();
		bulk(documents, generation);
		ObjectNode query = this.json.createObjectNode();
		query.putObject("query")
			.putObject("bool")
			.putArray("must_not")
			.addObject()
			.putObject("term")
			.put("generation", generation);
		deleteWhere(query);
	}

	@Override
	public void replaceSubject(String subject, List<SearchDocument> documents) {
		ObjectNode query = this.json.createObjectNode();
		query.putObject("query").putObject("term").put(SUBJECT, subject);
		deleteWhere(query);
		bulk(documents, UUID.randomUUID().toString());
	}

	/**
	 * Deletes the documents a query finds, a batch at a time, with the core APIs only
	 * ({@code _delete_by_query} is a module a cluster may lack).
	 */
	private void deleteWhere(ObjectNode query) {
		query.put("size", 1000);
		query.put("_source", false);
		while (true) {
			JsonNode hits = readJson(send("POST", this.index + "/_search", query.toString(), false)).path("hits")
				.path("hits");
			if (hits.isEmpty()) {
				return;
			}
			StringBuilder lines = new StringBuilder();
			for (JsonNode hit : hits) {
				ObjectNode action = this.json.createObjectNode();
				action.putObject("delete").put("_id", hit.path("_id").asString());
				lines.append(action).append('\n');
			}
			sendBulk(lines.toString());
		}
	}

	private void bulk(Collection<SearchDocument> documents, String generation) {
		StringBuilder lines = new StringBuilder();
		int count = 0;
		for (SearchDocument document : documents) {
			ObjectNode action = this.json.createObjectNode();
			action.putObject("index").put("_id", document.key());
			lines.append(action).append('\n').append(toSource(document, generation)).append('\n');
			if (++count % 500 == 0) {
				sendBulk(lines.toString());
				lines.setLength(0);
			}
		}
		if (!lines.isEmpty()) {
			sendBulk(lines.toString());
		}
	}

	private void sendBulk(String lines) {
		JsonNode answer = readJson(send("POST", this.index + "/_bulk?refresh=true", lines, false));
		if (answer.path("errors").asBoolean(false)) {
			throw new SearchEngineException("bulk indexing failed: " + first(answer.path("items")));
		}
	}

	private static String first(JsonNode items) {
		for (JsonNode item : items) {
			JsonNode error = item.path("index").path("error");
			if (!error.isMissingNode()) {
				return error.toString();
			}
		}
		return "";
	}

	private ObjectNode toSource(SearchDocument document, String generation) {
		ObjectNode source = this.json.createObjectNode();
		source.put(KEY, document.key());
		source.put(SUBJECT, document.subject());
		source.put(TYPE, document.type().name());
		source.put(LOCALE, document.locale());
		source.put(COUNTRY, document.country().name());
		source.put("generation", generation);
		source.put(SUBJECT_ID, document.subjectId());
		source.put(TITLE, document.title());
		source.put(SUMMARY, document.summary());
		source.put(BODY, SearchEngine.storedBody(document));
		source.put(PATH, document.path());
		if (document.publishedAt() != null) {
			source.put(PUBLISHED_AT, document.publishedAt().toEpochMilli());
		}
		String all = document.allText();
		source.put(SearchAnalysis.TITLE + document.locale(),
				terms(SearchAnalysis.TITLE + document.locale(), document.title()));
		source.put(SearchAnalysis.TEXT + document.locale(), terms(SearchAnalysis.TEXT + document.locale(), all));
		source.put(SearchAnalysis.SKELETON, terms(SearchAnalysis.SKELETON, all));
		return source;
	}

	/** The terms our analyser makes of a field's text, separated by spaces. */
	private String terms(String field, String text) {
		StringBuilder terms = new StringBuilder();
		try (TokenStream stream = this.analyzer.tokenStream(field, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.append(term).append(' ');
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms.toString().strip();
	}

	@Override
	public Found search(Query query, int count) {
		ObjectNode request = this.json.createObjectNode();
		request.set("query", dsl(query));
		request.put("size", Math.max(1, count));
		request.put("track_total_hits", true);
		ArrayNode fields = request.putArray("_source");
		List.of(TYPE, LOCALE, COUNTRY, SUBJECT_ID, TITLE, SUMMARY, BODY, PATH, PUBLISHED_AT).forEach(fields::add);
		JsonNode answer = readJson(send("POST", this.index + "/_search", request.toString(), false));
		List<SearchDocument> documents = new ArrayList<>();
		for (JsonNode hit : answer.path("hits").path("hits")) {
			JsonNode source = hit.path("_source");
			JsonNode published = source.path(PUBLISHED_AT);
			documents.add(new SearchDocument(SearchType.valueOf(source.path(TYPE).asString()),
					source.path(SUBJECT_ID).asLong(), source.path(LOCALE).asString(),
					CountryScope.valueOf(source.path(COUNTRY).asString()), source.path(TITLE).asString(),
					source.path(SUMMARY).asString(), source.path(BODY).asString(), source.path(PATH).asString(),
					published.isNumber() ? Instant.ofEpochMilli(published.asLong()) : null));
		}
		return new Found(answer.path("hits").path("total").path("value").asLong(), documents);
	}

	/**
	 * Our Lucene query as OpenSearch query DSL: the kinds of query we build, nothing
	 * else.
	 */
	JsonNode dsl(Query query) {
		ObjectNode node = this.json.createObjectNode();
		if (query instanceof BoostQuery boost) {
			ObjectNode bool = node.putObject("bool");
			bool.putArray("should").add(dsl(boost.getQuery()));
			bool.put("boost", boost.getBoost());
		}
		else if (query instanceof TermQuery term) {
			node.putObject("term").putObject(term.getTerm().field()).put("value", term.getTerm().text());
		}
		else if (query instanceof FuzzyQuery fuzzy) {
			Term term = fuzzy.getTerm();
			ObjectNode body = node.putObject("fuzzy").putObject(term.field());
			body.put("value", term.text());
			body.put("fuzziness", fuzzy.getMaxEdits());
			body.put("prefix_length", fuzzy.getPrefixLength());
			body.put("transpositions", fuzzy.getTranspositions());
		}
		else if (query instanceof BooleanQuery bool) {
			ObjectNode body = node.putObject("bool");
			for (BooleanClause clause : bool.clauses()) {
				String occur = switch (clause.getOccur()) {
					case MUST -> "must";
					case SHOULD -> "should";
					case FILTER -> "filter";
					case MUST_NOT -> "must_not";
				};
				(body.has(occur) ? (ArrayNode) body.get(occur) : body.putArray(occur)).add(dsl(clause.getQuery()));
			}
			if (bool.getMinimumNumberShouldMatch() > 0) {
				body.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
			}
		}
		else {
			throw new IllegalArgumentException("No query DSL for " + query.getClass().getSimpleName());
		}
		return node;
	}

	@Override
	public int size() {
		return readJson(send("GET", this.index + "/_count", null, false)).path("count").asInt();
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public void close() {
		// the JDK client's connections end with it (HttpClient.close() is Java 21)
	}

	private JsonNode readJson(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String body, boolean anyStatus) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json");
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (!anyStatus && response.statusCode() / 100 != 2) {
				throw new SearchEngineException(method + " " + path + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			return response;
		}
		catch (IOException ex) {
			throw new SearchEngineException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchEngineException(method + " " + path + " interrupted", ex);
		}
	}

	/** The cluster refused or could not be reached. */
	static class SearchEngineException extends RuntimeException {

		SearchEngineException(String message) {
			super(message);
		}

		SearchEngineException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
