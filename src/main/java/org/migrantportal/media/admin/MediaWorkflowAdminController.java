package org.migrantportal.media.admin;

import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.media.MediaEditingService;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A file's steps: the review that makes it public, the trash and back. */
@Controller
class MediaWorkflowAdminController {

	private final MediaEditingService editing;

	MediaWorkflowAdminController(MediaEditingService editing) {
		this.editing = editing;
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

	@PostMapping(MediaAdminController.BASE + "/{id}/trash")
	String moveToTrash(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
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
