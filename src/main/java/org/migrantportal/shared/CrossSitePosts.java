package org.migrantportal.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a post came from another website's page: the public site has no CSRF token, so
 * the browser's {@code Sec-Fetch-Site} and {@code Origin} headers tell. A missing header
 * or an {@code Origin} of {@code null} (our {@code Referrer-Policy: no-referrer} makes
 * browsers send that) is not refused.
 */
public final class CrossSitePosts {

	private CrossSitePosts() {
	}

	public static boolean isCrossSite(HttpServletRequest request) {
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
