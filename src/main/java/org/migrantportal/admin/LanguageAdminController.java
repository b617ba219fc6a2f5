package org.migrantportal.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.accounts.AccountService;
import org.migrantportal.accounts.PortalUser;
import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.i18n.SiteLocale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Switches the back-office language; it is remembered on the account and in the browser.
 */
@Controller
class LanguageAdminController {

	private final AccountService accounts;

	private final LocaleChoice localeChoice;

	LanguageAdminController(AccountService accounts, LocaleChoice localeChoice) {
		this.accounts = accounts;
		this.localeChoice = localeChoice;
	}

	@PostMapping("/admin/language/{locale}")
	String choose(@PathVariable SiteLocale locale, @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
			HttpServletResponse response) {
		this.accounts.chooseLocale(user.actor(), locale.tag());
		this.localeChoice.remember(locale, request, response);
		return "redirect:/admin";
	}

}
