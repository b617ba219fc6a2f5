package org.migrantportal.content.admin;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentTrash;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash of pages and news: move there, list, restore, and (admins) delete for good.
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

	@GetMapping("/admin/trash")
	String trash(Actor actor, Model model) {
		model.addAttribute("rows", this.trash.listTrash(actor));
		model.addAttribute("canPurge", actor.hasRole(StaffRole.ADMIN));
		return "admin/content/trash";
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
