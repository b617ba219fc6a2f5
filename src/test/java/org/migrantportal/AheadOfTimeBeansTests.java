package org.migrantportal;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build processes the application ahead of time (Spring AOT: {@code process-aot})
 * with no settings at all, and a start with {@code -Dspring.aot.enabled=true} uses the
 * beans decided then. So which beans exist must not depend on a setting an operator gives
 * at start: a production start (a database server, a mail host, object storage, clamd,
 * OpenSearch, HTTPS, the page cache off, sample data on) must have exactly the beans of
 * the embedded default, each deciding at run time what it does. A condition on a setting
 * ({@code @ConditionalOnProperty}, a Spring Boot auto-configuration that waits for
 * {@code spring.mail.host}, ...) would otherwise be frozen by the build:
 * SPRING_DATASOURCE_URL ignored, review mail never sent.
 */
class AheadOfTimeBeansTests {

	private static final String[] PRODUCTION = { "--spring.datasource.url=jdbc:postgresql://db.example:5432/portal",
			"--spring.datasource.username=portal", "--spring.datasource.password=secret",
			"--spring.mail.host=smtp.example", "--spring.mail.port=587", "--spring.mail.username=portal",
			"--portal.media.s3.bucket=portal-media", "--portal.media.s3.endpoint=https://s3.example",
			"--portal.media.s3.region=eu-central-1", "--portal.media.s3.access-key=key",
			"--portal.media.s3.secret-key=secret", "--portal.media.clamd.host=clamd.example",
			"--portal.search.opensearch.url=https://search.example:9200", "--portal.base-url=https://portal.example",
			"--portal.allowed-hosts=portal.example", "--portal.admin.email=admin@example.org",
			"--portal.admin.password=a long first password", "--portal.callback.key=" + "A".repeat(44),
			"--portal.page-cache.enabled=false", "--portal.demo-data=true" };

	@Test
	void aProductionStartHasTheBeansOfTheEmbeddedDefault() {
		Set<String> embeddedDefault = beanNames();
		Set<String> production = beanNames(PRODUCTION);
		assertThat(production).as("beans only a production start would have").isSubsetOf(embeddedDefault);
		assertThat(embeddedDefault).as("beans only the embedded default would have").isSubsetOf(production);
		assertThat(production).contains("dataSource", "entityManagerFactory", "reviewMail");
	}

	/**
	 * The bean definitions a start with these arguments decides on, as the build's AOT
	 * processing sees them: conditions evaluated, nothing instantiated, nothing started.
	 */
	private static Set<String> beanNames(String... args) {
		// as in the build (Spring's AOT processor sets it): nothing is started
		System.setProperty("spring.aot.processing", "true");
		SpringApplication application = new SpringApplication(PortalApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		try {
			SpringApplication.withHook((app) -> new SpringApplicationRunListener() {
				@Override
				public void contextLoaded(ConfigurableApplicationContext context) {
					((GenericApplicationContext) context).refreshForAotProcessing(new RuntimeHints());
					throw new SpringApplication.AbandonedRunException(context);
				}
			}, () -> application.run(args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			return new TreeSet<>(Set.of(ex.getApplicationContext().getBeanDefinitionNames()));
		}
		finally {
			System.clearProperty("spring.aot.processing");
		}
		throw new AssertionError("the start was not stopped after its bean definitions");
	}

}
