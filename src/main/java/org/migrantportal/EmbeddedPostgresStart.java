package org.migrantportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as a start knows it needs
 * one (no {@code spring.datasource.url}), before the context reads its beans, so the
 * server comes up while the rest of the start works instead of in its way; the
 * {@code embeddedPostgres} bean takes it over. If the start fails before that, the server
 * is stopped with the context.
 */
class EmbeddedPostgresStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedPostgresStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		// decided once every initializer (a test's database among them) has set the
		// environment, as the context's first step; never while the build processes the
		// application ahead of time
		context.addBeanFactoryPostProcessor((beanFactory) -> {
			if (!Boolean.getBoolean("spring.aot.processing") && beanFactory instanceof DefaultListableBeanFactory beans
					&& beans.containsBeanDefinition("embeddedPostgres")
					&& !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
				start(context.getEnvironment(), beans);
			}
		});
	}

	private static void start(Environment environment, DefaultListableBeanFactory beans) {
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("portal.embedded-database", EmbeddedDatabaseProperties.class);
		Started started = new Started(CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedPostgresConfiguration.startServer(properties);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
		beans.registerSingleton(BEAN_NAME, started);
		beans.registerDisposableBean(BEAN_NAME, started::closeUnlessTaken);
	}

	/** The server being started, until the {@code embeddedPostgres} bean takes it. */
	static final class Started {

		private final CompletableFuture<EmbeddedPostgres> server;

		private volatile boolean taken;

		Started(CompletableFuture<EmbeddedPostgres> server) {
			this.server = server;
		}

		/** Waits for the server and hands it over; its closing is the taker's. */
		EmbeddedPostgres take() throws IOException {
			try {
				EmbeddedPostgres postgres = this.server.get();
				this.taken = true;
				return postgres;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while the embedded PostgreSQL started", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IOException(ex.getCause());
			}
		}

		void closeUnlessTaken() throws IOException {
			if (!this.taken) {
				EmbeddedPostgres postgres = this.server.handle((server, failure) -> server).join();
				if (postgres != null) {
					postgres.close();
				}
			}
		}

	}

}
