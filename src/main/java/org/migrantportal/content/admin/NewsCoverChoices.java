package org.migrantportal.content.admin;

import org.migrantportal.media.MediaReferences;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the cover field of a news item offers: the images of the editor's scope by title,
 * as suggestions of the number field ({@code coverChoices}), and the stored cover's title
 * and thumbnail ({@code storedCover}).
 */
@Component
class NewsCoverChoices {

	private final MediaReferences media;

	NewsCoverChoices(MediaReferences media) {
		this.media = media;
	}

	void addTo(Model model, Actor actor, Long storedCover) {
		String locale = ContentForms.uiLocale();
		model.addAttribute("coverChoices", this.media.findCoverChoices(actor, locale));
		if (storedCover != null) {
			// looked up itself: an older cover need not be among the newest suggestions
			this.media.findCoverChoice(actor, storedCover, locale)
				.ifPresent((choice) -> model.addAttribute("storedCover", choice));
		}
	}

}
