package org.migrantportal.callback.admin;

import org.migrantportal.callback.CallBackQueue;
import org.migrantportal.callback.CallBackState;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/call-backs}: the requests sent to the staff member's organization (new,
 * called back, closed), one request with what the visitor typed, and moving it on.
 * Another organization's request is a 403, decided by {@link CallBackQueue}. Admins also
 * see the counts of every organization, never their content.
 */
@Controller
class CallBackAdminController {

	private final CallBackQueue queue;

	private final BackOfficeLocale locale;

	CallBackAdminController(CallBackQueue queue, BackOfficeLocale locale) {
		this.queue = queue;
		this.locale = locale;
	}

	@GetMapping("/admin/call-backs")
	String list(Actor actor, Model model) {
		model.addAttribute("hasOrganization", actor.organizationId() != null);
		model.addAttribute("requests", this.queue.list(actor));
		if (actor.hasRole(StaffRole.ADMIN)) {
			model.addAttribute("counts", this.queue.counts(actor, this.locale.current()));
		}
		return "admin/callback/list";
	}

	@GetMapping("/admin/call-backs/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("request", this.queue.get(actor, id));
		return "admin/callback/show";
	}

	@PostMapping("/admin/call-backs/{id}/state")
	String moveTo(@PathVariable long id, @RequestParam String state, Actor actor, RedirectAttributes redirect) {
		CallBackState next;
		try {
			next = CallBackState.valueOf(state);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("No such state: " + state);
		}
		if (this.queue.moveTo(actor, id, next)) {
			redirect.addFlashAttribute("flash", "callback.admin.moved");
		}
		else {
			redirect.addFlashAttribute("flashError", "callback.admin.not-moved");
		}
		return "redirect:/admin/call-backs/" + id;
	}

}
