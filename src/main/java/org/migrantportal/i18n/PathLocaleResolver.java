package org.migrantportal.i18n;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Resolves the language of UI strings from the first path segment of the URL
 * ({@code /hy/...}), also for error pages rendered after a forward; elsewhere from the
 * visitor's remembered choice, else the default locale. Accept-Language only decides
 * where {@code /} redirects.
 */
class PathLocaleResolver implements LocaleResolver {

	private final SiteLocales siteLocales;

	private final LocaleChoice localeChoice;

	PathLocaleResolver(SiteLocales siteLocales, LocaleChoice localeChoice) {
		this.siteLocales = siteLocales;
		this.localeChoice = localeChoice;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return resolveSiteLocale(request).toLocale();
	}

	SiteLocale resolveSiteLocale(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		return this.siteLocales.find(firstSegment(path))
			.or(() -> isPublicPath(path) ? Optional.empty() : this.localeChoice.read(request))
			.orElseGet(this.siteLocales::defaultLocale);
	}

	private static boolean isPublicPath(String path) {
		return !(path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout"));
	}

	static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return (end < 0) ? path.substring(start) : path.substring(start, end);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The locale is part of the URL");
	}

}
