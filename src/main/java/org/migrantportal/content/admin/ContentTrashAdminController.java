package org.migrantportal.content.admin;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentTrash;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash of pages and news: move there, restore, and (admins) delete for good; the one
 * trash screen of every kind is the back-office shell's.
 */
@Controller
class ContentTrashAdminController {

	private final ContentTrash trash;

	ContentTrashAdminController(ContentTrash trash) {
		this.trash = trash;
	}

	@PostMapping("/admin/{kind}/{id}/trash")
	String moveToTrash(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor,
			RedirectAttributes redirect) {
		this.trash.moveToTrash(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.trashed");
		return "redirect:/admin/" + kind.segment();
	}

	@PostMapping("/admin/trash/{kind}/{id}/restore")
	String restore(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.trash.restoreFromTrash(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.restored");
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/trash/{kind}/{id}/purge")
	String purge(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.trash.purge(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.purged");
		return "redirect:/admin/trash";
	}

}
