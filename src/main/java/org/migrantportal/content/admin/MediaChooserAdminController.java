package org.migrantportal.content.admin;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentKind;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.media.MediaReferences;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Insert image or leaflet": the reviewed files of the editor's scope, searched by title,
 * each with the Markdown to copy into the text. A page of its own, opened by a GET form
 * of the editor in a new tab, so the text being typed is neither sent nor lost.
 */
@Controller
class MediaChooserAdminController {

	private final ContentEditingService editing;

	private final MediaReferences media;

	MediaChooserAdminController(ContentEditingService editing, MediaReferences media) {
		this.editing = editing;
		this.media = media;
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/media")
	String list(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam(required = false) String q, Actor actor, Model model) {
		// the translation must be the editor's to write into
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("locale", locale);
		model.addAttribute("q", q);
		model.addAttribute("choices", this.media.findChoices(actor, q, locale.tag()));
		return "admin/content/media-chooser";
	}

}
