package org.migrantportal.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.migrantportal.accounts.PortalUser;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the {@link BackOfficeChrome} to every back-office page, whichever module renders
 * it.
 */
@ControllerAdvice
class BackOfficeModelAttributes {

	private final SiteLocales siteLocales;

	private final BackOfficeNavigation navigation;

	BackOfficeModelAttributes(SiteLocales siteLocales, BackOfficeNavigation navigation) {
		this.siteLocales = siteLocales;
		this.navigation = navigation;
	}

	@ModelAttribute("backOffice")
	BackOfficeChrome chrome(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(path.startsWith("/admin") || path.startsWith("/login"))) {
			return null;
		}
		return chrome();
	}

	/** The chrome of a back-office page, whatever the request's path. */
	BackOfficeChrome chrome() {
		SiteLocale locale = this.siteLocales.findOrDefault(LocaleContextHolder.getLocale().toLanguageTag());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			return new BackOfficeChrome(locale, this.siteLocales.all(), user.displayName(),
					this.navigation.reachableBy(user.role()));
		}
		return new BackOfficeChrome(locale, this.siteLocales.all(), null, List.of());
	}

}
