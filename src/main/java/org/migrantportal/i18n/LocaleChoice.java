package org.migrantportal.i18n;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Remembers a visitor's explicit choice of language in a cookie. The cookie is written
 * only when the visitor picks a language, so an anonymous visitor who has not chosen gets
 * no cookie. It is a session cookie (no {@code Max-Age} or {@code Expires}): the browser
 * forgets it when it closes, so it does not tell a later user of a shared phone that the
 * portal was visited. It is readable by the page's script (not {@code HttpOnly}) because
 * the quick exit deletes it before leaving; it holds nothing but a language tag.
 */
@Component
public class LocaleChoice {

	public static final String COOKIE_NAME = "portal_lang";

	private final SiteLocales siteLocales;

	LocaleChoice(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	public Optional<SiteLocale> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE_NAME.equals(cookie.getName())) {
				return this.siteLocales.find(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	public void remember(SiteLocale locale, HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE_NAME, locale.tag())
			.path("/")
			.httpOnly(false)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

}
