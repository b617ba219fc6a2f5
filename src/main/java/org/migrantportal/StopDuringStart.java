package org.migrantportal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A stop ({@code SIGTERM}, Ctrl-C) while the start's runners still work (the initial
 * import, the first search index) closes the context under them, and the runner then
 * fails on a closed pool. That is an operator's stop, not an error: it is reported as one
 * INFO line, without the stack trace Spring Boot would log as "Application run failed".
 * The work is taken up again at the next start (every runner skips what is already
 * there). A runner failing in a context nobody closed, and a start that fails before it
 * is up, are still errors.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StopDuringStart implements SpringBootExceptionReporter {

	private static final Logger logger = LoggerFactory.getLogger(StopDuringStart.class);

	private final ConfigurableApplicationContext context;

	StopDuringStart(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean reportException(Throwable failure) {
		// closed (by the shutdown hook) after a refresh that worked; a refresh that
		// failed
		// leaves the context inactive but not closed, and is an error
		if (this.context == null || !this.context.isClosed()) {
			return false;
		}
		logger.info("Stopped while starting: the start's remaining work is done at the next start ({})",
				failure.getMessage());
		awaitClosed();
		return true;
	}

	/**
	 * Waits (at most 5 s) until the shutdown hook has finished closing the context:
	 * Spring Boot closes a failed start's context again right after this report and would
	 * log a warning with a stack trace ("Unable to close ApplicationContext") for a
	 * context still closing.
	 */
	private void awaitClosed() {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (this.context.isActive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
