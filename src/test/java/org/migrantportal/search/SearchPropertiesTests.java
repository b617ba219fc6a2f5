package org.migrantportal.search;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchPropertiesTests {

	@Test
	void usesAnInMemoryLuceneIndexByDefault() {
		SearchProperties properties = PropertiesBinding.bind(SearchProperties.class, Map.of());
		assertThat(properties.engine()).isEqualTo(SearchProperties.Engine.LUCENE);
		assertThat(properties.indexDirectory()).isEmpty();
		assertThat(properties.opensearch().url()).isNull();
		assertThat(properties.opensearch().index()).isEqualTo("migrant-portal");
		assertThat(properties.opensearch().username()).isEmpty();
	}

	@Test
	void bindsASharedClusterByItsLowerCaseName() {
		SearchProperties properties = PropertiesBinding.bind(SearchProperties.class,
				Map.of("portal.search.engine", "opensearch", "portal.search.opensearch.url", "http://search:9200",
						"portal.search.opensearch.username", "portal", "portal.search.opensearch.password", "s3cret"));
		assertThat(properties.engine()).isEqualTo(SearchProperties.Engine.OPENSEARCH);
		assertThat(properties.opensearch().url()).isEqualTo(URI.create("http://search:9200"));
		assertThat(properties.opensearch().index()).isEqualTo("migrant-portal");
		assertThat(properties.toString()).doesNotContain("s3cret");
	}

	@Test
	void rejectsAnUnknownEngine() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(SearchProperties.class, Map.of("portal.search.engine", "solr")));
	}

	@Test
	void rejectsASharedEngineWithoutTheClusterAddress() {
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> PropertiesBinding.bind(SearchProperties.class, Map.of("portal.search.engine", "elasticsearch")))
			.havingRootCause()
			.withMessageContaining("portal.search.opensearch.url");
	}

	@Test
	void rejectsAClusterAddressWithoutScheme() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding.bind(SearchProperties.class,
				Map.of("portal.search.engine", "opensearch", "portal.search.opensearch.url", "search:9200")));
	}

}
