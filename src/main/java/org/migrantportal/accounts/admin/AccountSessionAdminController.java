package org.migrantportal.accounts.admin;

import org.migrantportal.accounts.AccountSessionService;
import org.migrantportal.accounts.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins end an account's sessions on every node (someone left, a laptop was lost) and
 * let an account whose logins must wait after failures log in again at once.
 */
@Controller
class AccountSessionAdminController {

	private final AccountSessionService sessions;

	AccountSessionAdminController(AccountSessionService sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/admin/accounts/{id}/sessions/end")
	String endSessions(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		int ended = this.sessions.endSessions(user.actor(), id);
		redirect.addFlashAttribute("flash", "accounts.sessions.ended");
		redirect.addFlashAttribute("flashArgument", ended);
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/login/unlock")
	String unlockLogin(@PathVariable Long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		this.sessions.unlockLogin(user.actor(), id);
		redirect.addFlashAttribute("flash", "accounts.login.unlocked");
		return "redirect:/admin/accounts/" + id;
	}

}
