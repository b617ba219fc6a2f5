package org.migrantportal.callback.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.callback.CallBackRefusedException;
import org.migrantportal.callback.CallBackSettings;
import org.migrantportal.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/call-backs/settings}: admins choose which organizations take call-back
 * requests and for how many days each keeps them; one form per organization. A period out
 * of range comes back with 400 and the number typed.
 */
@Controller
class CallBackSettingsAdminController {

	private final CallBackSettings settings;

	private final BackOfficeLocale locale;

	CallBackSettingsAdminController(CallBackSettings settings, BackOfficeLocale locale) {
		this.settings = settings;
		this.locale = locale;
	}

	@GetMapping("/admin/call-backs/settings")
	String list(Actor actor, Model model) {
		model.addAttribute("settings", this.settings.list(actor, this.locale.current()));
		return "admin/callback/settings";
	}

	@PostMapping("/admin/call-backs/settings/{id}")
	String update(@PathVariable("id") long organizationId,
			@RequestParam(defaultValue = "false") boolean acceptsRequests,
			@RequestParam(defaultValue = "") String retentionDays, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.settings.change(actor, organizationId, acceptsRequests, parseDays(retentionDays),
					this.locale.current());
		}
		catch (CallBackRefusedException ex) {
			model.addAttribute("settings", this.settings.list(actor, this.locale.current()));
			model.addAttribute("failedOrganization", organizationId);
			model.addAttribute("typedDays", retentionDays);
			model.addAttribute("error", ex.problems().get("retentionDays"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "admin/callback/settings";
		}
		redirect.addFlashAttribute("flash", "callback.admin.settings.saved");
		return "redirect:/admin/call-backs/settings";
	}

	private static int parseDays(String typed) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
