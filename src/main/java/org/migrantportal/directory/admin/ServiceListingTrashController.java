package org.migrantportal.directory.admin;

import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The listings' trash: move a listing there, list it, restore it, or (admins) purge it.
 */
@Controller
class ServiceListingTrashController {

	private final ServiceListingEditingService editing;

	ServiceListingTrashController(ServiceListingEditingService editing) {
		this.editing = editing;
	}

	@PostMapping("/admin/services/{id}/trash")
	String moveToTrash(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.moveToTrash(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.trashed");
		return "redirect:/admin/services";
	}

	/** The listings' trash is the one trash of every kind now; old links still work. */
	@GetMapping("/admin/services/trash")
	String trash() {
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/services/{id}/restore")
	String restore(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.restoreFromTrash(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.restored");
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/services/{id}/purge")
	String purge(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.purge(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.purged");
		return "redirect:/admin/trash";
	}

}
