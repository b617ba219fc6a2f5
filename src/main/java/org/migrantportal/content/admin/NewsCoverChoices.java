package org.migrantportal.content.admin;

import java.util.List;

import org.migrantportal.media.MediaChoice;
import org.migrantportal.media.MediaReferences;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the cover field of a news item offers: the images of the editor's scope by title,
 * as suggestions of the number field ({@code coverChoices}), and the stored cover's title
 * and thumbnail when it is among them ({@code storedCover}).
 */
@Component
class NewsCoverChoices {

	private final MediaReferences media;

	NewsCoverChoices(MediaReferences media) {
		this.media = media;
	}

	void addTo(Model model, Actor actor, Long storedCover) {
		List<MediaChoice> choices = this.media.findCoverChoices(actor, ContentForms.uiLocale());
		model.addAttribute("coverChoices", choices);
		if (storedCover != null) {
			choices.stream()
				.filter((choice) -> choice.id() == storedCover)
				.findFirst()
				.ifPresent((choice) -> model.addAttribute("storedCover", choice));
		}
	}

}
