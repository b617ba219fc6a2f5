package org.migrantportal.media.admin;

import java.util.List;

import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.media.MediaEditingService;
import org.migrantportal.media.MediaUsage;
import org.migrantportal.media.MediaUsageService;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file's steps: the review that makes it public, the trash (after a warning when the
 * file is still in use) and back.
 */
@Controller
class MediaWorkflowAdminController {

	private final MediaEditingService editing;

	private final MediaUsageService usages;

	MediaWorkflowAdminController(MediaEditingService editing, MediaUsageService usages) {
		this.editing = editing;
		this.usages = usages;
	}

	@PostMapping(MediaAdminController.BASE + "/{id}/review")
	String review(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		try {
			this.editing.review(actor, id);
		}
		catch (EditorialRefusal ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:" + MediaAdminController.BASE + "/" + id;
		}
		redirect.addFlashAttribute("flash", "media.flash.reviewed");
		return "redirect:" + MediaAdminController.BASE + "/" + id;
	}

	/**
	 * Moves a file to the trash; a file still in use first shows where, and goes only
	 * when the editor confirms.
	 */
	@PostMapping(MediaAdminController.BASE + "/{id}/trash")
	String moveToTrash(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			List<MediaUsage> usages = this.usages.usagesOf(actor, id);
			if (!usages.isEmpty()) {
				model.addAttribute("file", this.editing.get(actor, id));
				model.addAttribute("usages", usages);
				return "admin/media/trash-confirm";
			}
		}
		this.editing.moveToTrash(actor, id);
		redirect.addFlashAttribute("flash", "media.flash.moved-to-trash");
		return "redirect:" + MediaAdminController.BASE;
	}

	@PostMapping(MediaAdminController.BASE + "/{id}/restore")
	String restore(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		this.editing.restore(actor, id);
		redirect.addFlashAttribute("flash", "media.flash.restored");
		return "redirect:" + MediaAdminController.BASE + "/" + id;
	}

}
