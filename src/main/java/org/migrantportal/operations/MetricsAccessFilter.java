package org.migrantportal.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens {@code /actuator/prometheus} only to the allowed client addresses (loopback by
 * default) or to a request with the configured bearer token. Anyone else gets the
 * ordinary 404 page, or a 401 when they sent a wrong token.
 */
class MetricsAccessFilter extends OncePerRequestFilter {

	private final Set<InetAddress> allowed = new HashSet<>();

	private final byte[] token;

	MetricsAccessFilter(OperationsProperties properties) {
		for (String address : properties.allowedAddresses()) {
			InetAddress parsed = parse(address.trim());
			if (parsed != null) {
				this.allowed.add(parsed);
			}
		}
		this.token = properties.token().isBlank() ? null : properties.token().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.startsWith("Bearer ")) {
			if (this.token != null && MessageDigest.isEqual(this.token,
					authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		InetAddress client = parse(request.getRemoteAddr());
		if (client != null && this.allowed.contains(client)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/** An IP literal (never a name: no lookup happens); null when it is not one. */
	private static InetAddress parse(String address) {
		if (address == null || address.isEmpty() || !address.matches("[0-9A-Fa-f:.]+")) {
			return null;
		}
		try {
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
