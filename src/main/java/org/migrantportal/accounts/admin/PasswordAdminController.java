package org.migrantportal.accounts.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.migrantportal.accounts.AccountException;
import org.migrantportal.accounts.AccountService;
import org.migrantportal.accounts.AccountSessionService;
import org.migrantportal.accounts.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every staff member changes their own password, giving the current one; their other
 * sessions end.
 */
@Controller
class PasswordAdminController {

	private static final String VIEW = "admin/accounts/password";

	private final AccountService accounts;

	private final AccountSessionService sessions;

	PasswordAdminController(AccountService accounts, AccountSessionService sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/admin/password")
	String editForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping("/admin/password")
	String update(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect, HttpServletResponse response,
			HttpSession session) {
		if (!result.hasErrors() && !form.repeated()) {
			result.rejectValue("repeatPassword", "accounts.error.passwords-differ");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.actor(), form.currentPassword(), form.newPassword());
				// whoever else knew the old password is logged out everywhere
				this.sessions.endOtherSessions(user.actor(), session.getId());
				redirect.addFlashAttribute("flash", "accounts.password.changed");
				return "redirect:/admin";
			}
			catch (AccountException ex) {
				// the service names the new password "password"; this form calls it
				// "newPassword"
				result.rejectValue("password".equals(ex.field()) ? "newPassword" : ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return VIEW;
	}

}
