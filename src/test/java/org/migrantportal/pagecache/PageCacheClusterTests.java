package org.migrantportal.pagecache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrantportal.PortalApplication;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the portal on one database: an eviction on one node empties the other's
 * copy within two seconds, through PostgreSQL's LISTEN/NOTIFY.
 */
class PageCacheClusterTests {

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoNodes() {
		// one after the other: both import the initial content at start
		nodeA = start();
		nodeB = start();
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void anEvictionOnOneNodeEmptiesTheOtherNodesCopyWithinTwoSeconds() throws Exception {
		String path = "/ka/pages/migrantta-resurs-tsentrebi";
		assertThat(get(nodeB, path).headers().firstValue("X-Cache")).hasValue("MISS");
		assertThat(get(nodeB, path).headers().firstValue("X-Cache")).hasValue("HIT");
		get(nodeA, path);
		PageCache cacheOfB = nodeB.getBean(PageCache.class);
		assertThat(cacheOfB.contains(path, null)).isTrue();

		PageCache cacheOfA = nodeA.getBean(PageCache.class);
		PageCacheNotifications notificationsOfA = nodeA.getBean(PageCacheNotifications.class);
		List<String> tags = List.of("HELP_CONTACT"); // every public page shows the
														// emergency numbers
		cacheOfA.evict(tags);
		notificationsOfA.publish(tags);

		Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
		while (cacheOfB.contains(path, null) && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(cacheOfB.contains(path, null)).as("evicted on the other node within 2 s").isFalse();
		assertThat(cacheOfA.contains(path, null)).isFalse();
		assertThat(get(nodeB, path).headers().firstValue("X-Cache")).hasValue("MISS");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext start() {
		TestDatabase.Connection database = TestDatabase.get();
		// arguments, not default properties: application.properties sets the port
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--portal.page-cache.enabled=true",
				"--portal.demo-data=true", "--spring.jmx.enabled=false");
	}

}
