package org.migrantportal.directory.admin;

import java.util.regex.Pattern;

import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ListingEditConflictException;
import org.migrantportal.directory.ListingRuleException;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review workflow steps on a listing as it is saved, without a typed form: submit,
 * publish, send back, unpublish, mark verified and restore an old revision. The listing
 * form's own buttons save the typed entry first ({@link ServiceListingAdminController}).
 */
@Controller
class ServiceListingWorkflowController {

	/**
	 * A page of the services list as its pager links it (URL-encoded parameters only):
	 * never another path or site.
	 */
	private static final Pattern LIST_PAGE = Pattern.compile("/admin/services\\?[A-Za-z0-9=&%.*_+-]*");

	private final ServiceListingEditingService editing;

	private final SiteLocales siteLocales;

	ServiceListingWorkflowController(ServiceListingEditingService editing, SiteLocales siteLocales) {
		this.editing = editing;
		this.siteLocales = siteLocales;
	}

	@PostMapping("/admin/services/{id}/submit")
	String submitForReview(@PathVariable Long id, @RequestParam long version, Actor actor,
			RedirectAttributes redirect) {
		return step(ListingStep.SUBMIT, id, version, actor, redirect);
	}

	@PostMapping("/admin/services/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return step(ListingStep.PUBLISH, id, version, actor, redirect);
	}

	@PostMapping("/admin/services/{id}/unpublish")
	String unpublish(@PathVariable Long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return step(ListingStep.UNPUBLISH, id, version, actor, redirect);
	}

	@PostMapping("/admin/services/{id}/send-back")
	String sendBack(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			Actor actor, RedirectAttributes redirect) {
		try {
			this.editing.sendBack(actor, id, reason, version);
			redirect.addFlashAttribute("flash", "editorial.flash.sent-back");
		}
		catch (ListingEditConflictException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.stale");
		}
		catch (EditorialRefusal ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ListingRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.problems().get(0).messageKey());
		}
		return "redirect:/admin/services/" + id;
	}

	/**
	 * Marks a listing checked and returns to the list as it was (its filter and page,
	 * from {@code back}, which must be a page of the services list), else to the list's
	 * first page.
	 */
	@PostMapping("/admin/services/{id}/verify")
	String markVerified(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean unverified,
			@RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
		this.editing.markVerified(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.verified");
		if (back != null && LIST_PAGE.matcher(back).matches()) {
			return "redirect:" + back;
		}
		return "redirect:/admin/services" + (unverified ? "?unverified=true" : "");
	}

	@PostMapping("/admin/services/{id}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable Long id, @PathVariable Long revisionId, @RequestParam long version,
			Actor actor, RedirectAttributes redirect) {
		try {
			this.editing.restoreRevision(actor, id, revisionId, version);
			redirect.addFlashAttribute("flash", "directory-admin.flash.revision-restored");
		}
		catch (ListingEditConflictException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.stale");
		}
		catch (ListingRuleException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.cannot-publish");
		}
		return "redirect:/admin/services/" + id;
	}

	private String step(ListingStep step, Long id, long version, Actor actor, RedirectAttributes redirect) {
		try {
			step.apply(this.editing, actor, id, version);
			redirect.addFlashAttribute("flash", step.flash());
			if (step == ListingStep.PUBLISH) {
				EditableListing listing = this.editing.getListing(actor, id);
				SiteLocale source = this.siteLocales.get(listing.document().sourceLocale());
				redirect.addFlashAttribute("viewOnSite", ListingStep.publicPath(listing, source));
			}
		}
		catch (ListingEditConflictException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.stale");
		}
		catch (EditorialRefusal ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ListingRuleException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.cannot-publish");
		}
		return "redirect:/admin/services/" + id;
	}

}
