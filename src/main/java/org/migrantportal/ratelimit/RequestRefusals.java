package org.migrantportal.ratelimit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.ClientAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports a refused request to the audit trail ({@link RequestRefused}): at most once per
 * kind, client network and {@code portal.rate-limit.audit-every}, so an attack writes a
 * few entries, not a flood. Never fails the request it reports.
 */
@Service
public class RequestRefusals {

	private static final Logger logger = LoggerFactory.getLogger(RequestRefusals.class);

	private static final int MAX_PATH = 200;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RequestRefusals(RateLimits limits, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.limits = limits;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Reports the request as refused for the given reason.
	 * @param kind why it was refused
	 * @param request the request
	 * @param accountEmail the logged-in person, or null
	 */
	public void report(RequestRefused.Kind kind, HttpServletRequest request, String accountEmail) {
		String address = request.getRemoteAddr();
		String network = ClientAddress.network(address);
		logger.info("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), network, kind);
		try {
			if (this.limits.audit(kind, address)) {
				String path = request.getRequestURI();
				RequestRefused event = new RequestRefused(kind, network,
						(path.length() > MAX_PATH) ? path.substring(0, MAX_PATH) : path, accountEmail,
						this.clock.instant());
				this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not audit a refused request ({}): {}", kind, ex.toString());
		}
	}

}
