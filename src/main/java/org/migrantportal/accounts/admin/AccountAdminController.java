package org.migrantportal.accounts.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migrantportal.accounts.AccountException;
import org.migrantportal.accounts.AccountService;
import org.migrantportal.accounts.AccountSessionService;
import org.migrantportal.accounts.AccountView;
import org.migrantportal.accounts.PortalUser;
import org.migrantportal.directory.OrganizationService;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, create and change accounts, and disable or enable them. */
@Controller
class AccountAdminController {

	private static final String FORM = "admin/accounts/form";

	private final AccountService accounts;

	private final OrganizationService organizations;

	private final SiteLocales siteLocales;

	private final AccountSessionService sessions;

	AccountAdminController(AccountService accounts, OrganizationService organizations, SiteLocales siteLocales,
			AccountSessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.organizations = organizations;
		this.siteLocales = siteLocales;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", List.of(StaffRole.values()));
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("organizations", this.organizations
			.listOrganizations(this.siteLocales.findOrDefault(LocaleContextHolder.getLocale().toLanguageTag())));
	}

	@GetMapping("/admin/accounts")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("accounts", this.accounts.listAccounts(user.actor()));
		return "admin/accounts/list";
	}

	@GetMapping("/admin/accounts/new")
	String newForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return FORM;
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				AccountView created = this.accounts.createAccount(user.actor(), form.toNewAccount());
				redirect.addFlashAttribute("flash", "accounts.created");
				return "redirect:/admin/accounts/" + created.id();
			}
			catch (AccountException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return FORM;
	}

	@GetMapping("/admin/accounts/{id}")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, Model model) {
		AccountView account = this.accounts.getAccount(user.actor(), id);
		model.addAttribute("account", account);
		model.addAttribute("access", this.sessions.getAccess(user.actor(), id));
		model.addAttribute("form", AccountForm.of(account));
		return FORM;
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AccountView account = this.accounts.getAccount(user.actor(), id);
		model.addAttribute("account", account);
		if (!result.hasErrors()) {
			try {
				this.accounts.updateAccount(user.actor(), id, form.toChanges());
				redirect.addFlashAttribute("flash", "accounts.updated");
				return "redirect:/admin/accounts/" + id;
			}
			catch (AccountException ex) {
				reject(result, ex);
				if ("accounts.error.stale-version".equals(ex.messageKey())) {
					// show the version that is stored now, so the admin redoes the change
					// on it
					BeanPropertyBindingResult current = new BeanPropertyBindingResult(AccountForm.of(account), "form");
					current.reject(ex.messageKey());
					model.addAttribute("form", current.getTarget());
					model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", current);
					response.setStatus(HttpStatus.CONFLICT.value());
					return FORM;
				}
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return FORM;
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(user.actor(), id, enabled);
			redirect.addFlashAttribute("flash", enabled ? "accounts.enabled" : "accounts.disabled");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/admin/accounts/" + id;
	}

	private static void reject(BindingResult result, AccountException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

}
