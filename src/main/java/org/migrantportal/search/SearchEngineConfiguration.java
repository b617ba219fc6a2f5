package org.migrantportal.search;

import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search engine: {@code portal.search.engine=lucene} (the default, an index
 * per node) or {@code opensearch} (an OpenSearch or Elasticsearch cluster at
 * {@code portal.search.opensearch.url}, shared by every node).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchEngineConfiguration {

	@Bean(destroyMethod = "close")
	SearchEngine searchEngine(SiteLocales siteLocales, SearchProperties properties) {
		List<String> languages = siteLocales.all().stream().map(SiteLocale::tag).toList();
		SearchProperties.OpenSearch cluster = properties.opensearch();
		return switch (properties.engine()) {
			case LUCENE -> new LuceneSearchEngine(languages, properties.indexDirectory());
			case OPENSEARCH, ELASTICSEARCH ->
				new OpenSearchEngine(cluster.url(), cluster.index(), cluster.username(), cluster.password(), languages);
		};
	}

}
