package org.migrantportal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An operator who stops the portal in the seconds its start still imports finds one INFO
 * line in the log, not an ERROR with a stack trace; a start that fails on its own is
 * still an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class StopDuringStartTests {

	@Test
	void aStopWhileTheRunnersWorkIsNoError(CapturedOutput output) {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SpringApplicationBuilder(StoppedWhileImporting.class).web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off")
				.run())
			.withMessage("Session/EntityManager is closed");
		assertThat(output.getAll()).contains("Stopped while starting")
			.doesNotContain("ERROR")
			.doesNotContain("Application run failed")
			.doesNotContain("\tat ");
	}

	@Test
	void aFailureInARunningContextIsStillAnError() {
		StaticApplicationContext running = new StaticApplicationContext();
		running.refresh();
		try {
			assertThat(new StopDuringStart(running).reportException(new IllegalStateException("broken"))).isFalse();
		}
		finally {
			running.close();
		}
	}

	@Test
	void aStartThatFailsIsStillAnError() {
		AnnotationConfigApplicationContext failed = new AnnotationConfigApplicationContext();
		failed.register(FailingToStart.class);
		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(failed::refresh);
		assertThat(failed.isActive()).isFalse();
		assertThat(new StopDuringStart(failed).reportException(new IllegalStateException("no database"))).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class FailingToStart {

		@Bean
		Object database() {
			throw new IllegalStateException("no database");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StoppedWhileImporting {

		/** What SIGTERM's shutdown hook does to an importing runner. */
		@Bean
		ApplicationRunner importer(ConfigurableApplicationContext context) {
			return (args) -> {
				context.close();
				throw new IllegalStateException("Session/EntityManager is closed");
			};
		}

	}

}
