package org.migrantportal.admin;

import org.migrantportal.editorial.Trash;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one trash screen of every editable kind: pages, news, service listings and the
 * kinds to come, each restored (or, by admins, deleted for good) by its own module.
 */
@Controller
class TrashAdminController {

	private final Trash trash;

	TrashAdminController(Trash trash) {
		this.trash = trash;
	}

	@GetMapping("/admin/trash")
	String trash(Actor actor, Model model) {
		model.addAttribute("items", this.trash.of(actor));
		model.addAttribute("canPurge", actor.hasRole(StaffRole.ADMIN));
		return "admin/trash";
	}

}
