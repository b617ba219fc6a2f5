package org.migrantportal.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public chain's stand-in for a CSRF token, which a site without sessions cannot
 * have: a post that another website's page sent is refused before any controller sees it,
 * with the friendly 403 page in the visitor's language (the error page the servlet
 * container renders for a 403). The browser's {@code Sec-Fetch-Site} and {@code Origin}
 * headers tell; a missing header or an {@code Origin} of {@code null} (our
 * {@code Referrer-Policy: no-referrer} makes browsers send that) is not refused.
 */
class CrossSitePostFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.POST.matches(request.getMethod()) && isCrossSite(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && site.strip().toLowerCase(Locale.ROOT).equals("cross-site")) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null || origin.isBlank() || origin.strip().equals("null")) {
			return false;
		}
		try {
			String host = new URI(origin.strip()).getHost();
			return host == null || !host.equalsIgnoreCase(request.getServerName());
		}
		catch (URISyntaxException ex) {
			return true;
		}
	}

}
