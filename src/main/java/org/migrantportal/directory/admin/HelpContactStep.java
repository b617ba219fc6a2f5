package org.migrantportal.directory.admin;

import org.migrantportal.directory.HelpContactEditingService;
import org.migrantportal.shared.Actor;

/** A workflow step the help contact form's buttons ask for after saving. */
enum HelpContactStep {

	SUBMIT("help-admin.flash.submitted"), PUBLISH("help-admin.flash.published"),
	UNPUBLISH("help-admin.flash.unpublished");

	private final String flash;

	HelpContactStep(String flash) {
		this.flash = flash;
	}

	String flash() {
		return this.flash;
	}

	void apply(HelpContactEditingService editing, Actor actor, Long id, long version) {
		switch (this) {
			case SUBMIT -> editing.submitForReview(actor, id, version);
			case PUBLISH -> editing.publish(actor, id, version);
			case UNPUBLISH -> editing.unpublish(actor, id, version);
		}
	}

}
