package org.migrantportal.accounts.admin;

import org.migrantportal.accounts.ReviewMailRecipients;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person switches the e-mails about their own work on or off, from the dashboard.
 */
@Controller
class ReviewMailAdminController {

	private final ReviewMailRecipients recipients;

	ReviewMailAdminController(ReviewMailRecipients recipients) {
		this.recipients = recipients;
	}

	@PostMapping("/admin/notifications")
	String choose(@RequestParam(defaultValue = "false") boolean wanted, Actor actor, RedirectAttributes redirect) {
		this.recipients.setWantsMail(actor, wanted);
		redirect.addFlashAttribute("flash", wanted ? "editorial.flash.mail-on" : "editorial.flash.mail-off");
		return "redirect:/admin";
	}

}
