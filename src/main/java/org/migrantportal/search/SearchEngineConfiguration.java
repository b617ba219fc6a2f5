package org.migrantportal.search;

import java.net.URI;
import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search engine: {@code portal.search.engine=lucene} (the default, an index
 * per node) or {@code opensearch} (an OpenSearch or Elasticsearch cluster at
 * {@code portal.search.opensearch.url}, shared by every node).
 */
@Configuration(proxyBeanMethods = false)
class SearchEngineConfiguration {

	@Bean(destroyMethod = "close")
	SearchEngine searchEngine(SiteLocales siteLocales, @Value("${portal.search.engine:lucene}") String engine,
			@Value("${portal.search.index-directory:}") String folder,
			@Value("${portal.search.opensearch.url:}") String url,
			@Value("${portal.search.opensearch.index:migrant-portal}") String index,
			@Value("${portal.search.opensearch.username:}") String username,
			@Value("${portal.search.opensearch.password:}") String password) {
		List<String> languages = siteLocales.all().stream().map(SiteLocale::tag).toList();
		return switch (engine) {
			case "lucene" -> new LuceneSearchEngine(languages, folder);
			case "opensearch", "elasticsearch" -> {
				if (url.isBlank()) {
					throw new IllegalStateException("portal.search.engine=" + engine
							+ " needs portal.search.opensearch.url, e.g. http://search:9200");
				}
				yield new OpenSearchEngine(URI.create(url), index, username, password, languages);
			}
			default -> throw new IllegalStateException(
					"Unknown portal.search.engine '" + engine + "': use lucene or opensearch");
		};
	}

}
