package org.migrantportal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's {@link TransactionTemplate} (the one the start's imports and the services
 * use), which lets a stop end work between two transactions rather than in the middle of
 * one: once the portal stops (after the web server has let its last requests finish), no
 * new transaction begins, and the stop waits (at most {@link #WAIT}) for those under way
 * to commit before the persistence layer and the pool close. Without it, a
 * {@code SIGTERM} during the first start's import closed the pool under a running insert
 * and left an ERROR and stack traces in the log.
 */
final class StoppingTransactions extends TransactionTemplate implements SmartLifecycle {

	static final Duration WAIT = Duration.ofMillis(1500);

	private final AtomicInteger underWay = new AtomicInteger();

	private volatile boolean stopping;

	private volatile boolean started;

	StoppingTransactions(PlatformTransactionManager transactionManager) {
		super(transactionManager);
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (this.stopping) {
			throw new CannotCreateTransactionException("The portal is stopping");
		}
		this.underWay.incrementAndGet();
		try {
			return super.execute(action);
		}
		finally {
			if (this.underWay.decrementAndGet() == 0) {
				synchronized (this.underWay) {
					this.underWay.notifyAll();
				}
			}
		}
	}

	@Override
	public void start() {
		this.stopping = false;
		this.started = true;
	}

	@Override
	public void stop() {
		this.stopping = true;
		long deadline = System.nanoTime() + WAIT.toNanos();
		synchronized (this.underWay) {
			long left;
			while (this.underWay.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
				try {
					this.underWay.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		this.started = false;
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	/**
	 * After the web server's graceful shutdown, whose requests still use transactions.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		StoppingTransactions transactionTemplate(PlatformTransactionManager transactionManager) {
			return new StoppingTransactions(transactionManager);
		}

	}

}
