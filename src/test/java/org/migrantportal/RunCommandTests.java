package org.migrantportal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.migrantportal.support.FreePorts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the portal as {@code mvn spring-boot:run} does on a machine without a database
 * server: no datasource configured, so it starts the embedded PostgreSQL, imports the
 * initial content and serves pages; started again on the same folder, it finds its data
 * there.
 */
class RunCommandTests {

	@TempDir
	Path dataHome;

	@Test
	void startsOnTheEmbeddedPostgresAndKeepsItsDataAcrossRestarts() throws Exception {
		Path dataDirectory = this.dataHome.resolve("data/postgres");
		String[] args = { "--server.port=0", "--spring.datasource.url=",
				"--portal.embedded-database.data-directory=" + dataDirectory,
				"--portal.embedded-database.port=" + FreePorts.next() };
		try (ConfigurableApplicationContext first = SpringApplication.run(PortalApplication.class, args)) {
			assertThat(get(first, "/ka/").statusCode()).isEqualTo(200);
			assertThat(get(first, "/ka/").body()).contains("მიგრანტთა საინფორმაციო პორტალი");
			int edited = first.getBean(JdbcTemplate.class)
				.update("update topic_translation set published_title = ? where locale = 'en' "
						+ "and published_slug = 'labour-migration'", "Labour migration (edited)");
			assertThat(edited).isEqualTo(1);
		}
		assertThat(Files.exists(dataDirectory.resolve("postgresql.conf"))).isTrue();
		try (ConfigurableApplicationContext second = SpringApplication.run(PortalApplication.class, args)) {
			HttpResponse<String> topic = get(second, "/en/topics/labour-migration");
			assertThat(topic.statusCode()).isEqualTo(200);
			assertThat(topic.body()).as("the edit survived the restart and the importer left it alone")
				.contains("Labour migration (edited)");
		}
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
