package org.migrantportal.tools.admin;

import org.migrantportal.editorial.EditorialAction;

/**
 * A workflow step a button of the translation form asks for, after saving what was typed.
 */
enum JobOfferStep {

	SUBMIT(EditorialAction.SUBMIT, "joboffer-admin.flash.submitted"),
	PUBLISH(EditorialAction.PUBLISH, "joboffer-admin.flash.published"),
	UNPUBLISH(EditorialAction.UNPUBLISH, "joboffer-admin.flash.unpublished");

	private final EditorialAction action;

	private final String flash;

	JobOfferStep(EditorialAction action, String flash) {
		this.action = action;
		this.flash = flash;
	}

	EditorialAction action() {
		return this.action;
	}

	String flash() {
		return this.flash;
	}

}
