package org.migrantportal.directory.admin;

import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;

/**
 * A review workflow step a listing form's button asks for after the typed entry is saved,
 * with the message that confirms it. Sending back is not one: it carries a reviewer's
 * reason, not the editor's text, so it has a form of its own.
 */
enum ListingStep {

	SUBMIT("directory-admin.flash.submitted", ServiceListingEditingService::submitForReview),

	PUBLISH("directory-admin.flash.published", ServiceListingEditingService::publish),

	UNPUBLISH("directory-admin.flash.unpublished", ServiceListingEditingService::unpublish);

	private final String flash;

	private final Action action;

	ListingStep(String flash, Action action) {
		this.flash = flash;
		this.action = action;
	}

	String flash() {
		return this.flash;
	}

	void apply(ServiceListingEditingService editing, Actor actor, Long id, long loadedVersion) {
		this.action.apply(editing, actor, id, loadedVersion);
	}

	/**
	 * Where a published listing is on the public site: its page in the locale edited, or
	 * in its source locale when it has no text in that one.
	 */
	static String publicPath(EditableListing listing, SiteLocale edited) {
		ServiceListingDocument document = listing.document();
		String locale = edited.tag();
		ServiceListingDocument.Text text = document.texts().get(locale);
		if (text == null || text.slug() == null || text.slug().isBlank()) {
			locale = document.sourceLocale();
			text = document.texts().get(locale);
		}
		return (text != null) ? "/" + locale + "/services/" + text.slug() : null;
	}

	@FunctionalInterface
	private interface Action {

		void apply(ServiceListingEditingService editing, Actor actor, Long id, long loadedVersion);

	}

}
