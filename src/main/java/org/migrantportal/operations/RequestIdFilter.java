package org.migrantportal.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * Gives every request an id: a safe incoming {@code X-Request-Id} (letters, digits,
 * {@code - _ . :}, at most 64 characters, as a proxy in front may set it) or a new one.
 * The id is on every log line of the request ({@code %X{requestId}}), in the
 * {@code X-Request-Id} response header and on error pages, so a visitor can quote it and
 * an operator find the lines.
 */
public class RequestIdFilter implements Filter {

	/** The response and request header. */
	public static final String HEADER = "X-Request-Id";

	/** The request attribute and logging (MDC) key holding the id. */
	public static final String ATTRIBUTE = "requestId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String id = (request.getAttribute(ATTRIBUTE) instanceof String existing) ? existing
				: idOf((HttpServletRequest) request);
		request.setAttribute(ATTRIBUTE, id);
		HttpServletResponse http = (HttpServletResponse) response;
		if (!http.isCommitted() && !http.containsHeader(HEADER)) {
			http.setHeader(HEADER, id);
		}
		String outer = MDC.get(ATTRIBUTE);
		MDC.put(ATTRIBUTE, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(ATTRIBUTE, outer);
			}
			else {
				MDC.remove(ATTRIBUTE);
			}
		}
	}

	static String idOf(HttpServletRequest request) {
		String incoming = request.getHeader(HEADER);
		if (incoming != null && SAFE.matcher(incoming).matches()) {
			return incoming;
		}
		return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
