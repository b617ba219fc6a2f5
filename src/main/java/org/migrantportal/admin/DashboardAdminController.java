package org.migrantportal.admin;

import org.migrantportal.accounts.ReviewMailRecipients;
import org.migrantportal.editorial.ReviewQueue;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back-office start page: the person's own queue (what waits for their review, their
 * drafts, what was sent back to them) and where each kind of work is.
 */
@Controller
class DashboardAdminController {

	private final ReviewQueue queue;

	private final ReviewMailRecipients mail;

	DashboardAdminController(ReviewQueue queue, ReviewMailRecipients mail) {
		this.queue = queue;
		this.mail = mail;
	}

	@GetMapping("/admin")
	String show(Actor actor, Model model) {
		model.addAttribute("queue", this.queue.of(actor));
		model.addAttribute("wantsMail", this.mail.wantsMail(actor));
		return "admin/dashboard";
	}

}
