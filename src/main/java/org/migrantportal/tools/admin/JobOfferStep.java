package org.migrantportal.tools.admin;

import org.migrantportal.shared.Actor;
import org.migrantportal.tools.joboffer.JobOfferEditingService;

/**
 * A workflow step a button of the translation form asks for, after saving what was typed.
 */
enum JobOfferStep {

	SUBMIT("joboffer-admin.flash.submitted"), PUBLISH("joboffer-admin.flash.published"),
	UNPUBLISH("joboffer-admin.flash.unpublished");

	private final String flash;

	JobOfferStep(String flash) {
		this.flash = flash;
	}

	void apply(JobOfferEditingService editing, Actor actor, Long id, String locale, long version) {
		switch (this) {
			case SUBMIT -> editing.submitForReview(actor, id, locale, version);
			case PUBLISH -> editing.publish(actor, id, locale, version);
			case UNPUBLISH -> editing.unpublish(actor, id, locale, version);
		}
	}

	String flash() {
		return this.flash;
	}

}
