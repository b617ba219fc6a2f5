package org.migrantportal.search;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which search engine the portal uses ({@code portal.search.*}): an embedded Lucene index
 * per node, or a shared OpenSearch or Elasticsearch cluster.
 *
 * @param engine {@code lucene} (the default) or {@code opensearch} ({@code elasticsearch}
 * is the same)
 * @param indexDirectory a folder for the embedded index; empty keeps it in memory
 * @param opensearch the shared cluster, used with {@code engine=opensearch}
 */
@ConfigurationProperties("portal.search")
@Validated
record SearchProperties(@DefaultValue("lucene") @NotNull Engine engine, String indexDirectory,
		@Valid @DefaultValue OpenSearch opensearch) {

	SearchProperties {
		indexDirectory = (indexDirectory != null) ? indexDirectory.strip() : "";
	}

	/**
	 * A shared engine cannot start without the cluster's address, so say so at start.
	 */
	@AssertTrue(message = "portal.search.engine=opensearch needs portal.search.opensearch.url, "
			+ "an http or https address such as http://search:9200")
	boolean isClusterAddressGivenForSharedEngine() {
		if (this.engine != Engine.OPENSEARCH && this.engine != Engine.ELASTICSEARCH) {
			return true;
		}
		URI url = this.opensearch.url();
		return url != null && url.isAbsolute() && url.getHost() != null
				&& ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
	}

	/** The search engines the portal can use. */
	enum Engine {

		/** An embedded Lucene index on each node. */
		LUCENE,

		/** A shared OpenSearch cluster. */
		OPENSEARCH,

		/** A shared Elasticsearch cluster, spoken to as OpenSearch. */
		ELASTICSEARCH

	}

	/**
	 * The shared cluster.
	 *
	 * @param url its address, e.g. {@code http://search:9200}
	 * @param index the portal's index
	 * @param username the user for HTTP basic authentication; empty for none
	 * @param password that user's password
	 */
	record OpenSearch(URI url, @DefaultValue("migrant-portal") @NotBlank String index, String username,
			String password) {

		OpenSearch {
			username = (username != null) ? username : "";
			password = (password != null) ? password : "";
		}

		@Override
		public String toString() {
			// a failure report or a debug log must never print the password
			return "OpenSearch[url=" + this.url + ", index=" + this.index + ", username=" + this.username
					+ ", password=" + (this.password.isEmpty() ? "" : "******") + "]";
		}

	}

}
