package org.migrantportal.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sends a visitor of {@code /} to their language (the earlier choice, else
 * Accept-Language, else the default), and records a choice made with the language
 * switcher.
 */
@Controller
class LocaleRedirectController {

	private final SiteLocales siteLocales;

	private final LocaleChoice localeChoice;

	LocaleRedirectController(SiteLocales siteLocales, LocaleChoice localeChoice) {
		this.siteLocales = siteLocales;
		this.localeChoice = localeChoice;
	}

	@GetMapping("/")
	ResponseEntity<Void> redirectToLocale(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		SiteLocale locale = this.localeChoice.read(request)
			.or(() -> this.siteLocales.fromAcceptLanguage(acceptLanguage))
			.orElseGet(this.siteLocales::defaultLocale);
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(request.getContextPath() + "/" + locale.tag() + "/"))
			.header(HttpHeaders.VARY, "Accept-Language, Cookie")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.build();
	}

	/**
	 * Remembers the language the visitor picked and continues to {@code next}, which must
	 * be a path of that language's part of this site (anything else leads to its home
	 * page).
	 */
	@GetMapping("/language/{locale}")
	ResponseEntity<Void> choose(@PathVariable SiteLocale locale, @RequestParam(required = false) String next,
			HttpServletRequest request, HttpServletResponse response) {
		this.localeChoice.remember(locale, request, response);
		String prefix = "/" + locale.tag() + "/";
		boolean allowed = next != null && isPlainPath(next)
				&& (next.startsWith(prefix) || next.equals("/login") || next.startsWith("/admin"));
		String target = allowed ? next : prefix;
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(request.getContextPath() + target))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.build();
	}

	private static boolean isPlainPath(String path) {
		return path.length() <= 512 && !path.contains("//") && !path.contains("\\")
				&& path.chars().allMatch((c) -> c > 0x20 && c < 0x7f);
	}

}
