package org.migrantportal.shared;

import java.util.Map;

/**
 * The security headers every response carries, in one place: Spring Security writes them
 * on the pages it serves, and the container's own error page (for a request Tomcat
 * rejects before the application sees it) writes the same.
 */
public final class SecurityHeaders {

	/**
	 * No inline script or style, nothing from other sites, no {@code <base>} (so an
	 * injected one cannot redirect relative links), no plugins, no framing.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/** A page opened from the portal, or opening it, shares no window with it. */
	public static final String CROSS_ORIGIN_OPENER_POLICY = "same-origin";

	private SecurityHeaders() {
	}

	/** The headers a page that Spring Security does not see must add itself. */
	public static Map<String, String> forErrorPages() {
		return Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY, "Permissions-Policy", PERMISSIONS_POLICY,
				"Cross-Origin-Opener-Policy", CROSS_ORIGIN_OPENER_POLICY, "X-Content-Type-Options", "nosniff",
				"X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer", "Cache-Control", "no-store");
	}

}
