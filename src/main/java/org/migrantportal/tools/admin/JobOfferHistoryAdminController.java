package org.migrantportal.tools.admin;

import java.util.List;

import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.editorial.RevisionEntry;
import org.migrantportal.shared.Actor;
import org.migrantportal.tools.joboffer.JobOfferEditConflictException;
import org.migrantportal.tools.joboffer.JobOfferEditingService;
import org.migrantportal.tools.joboffer.JobOfferOverview;
import org.migrantportal.tools.joboffer.JobOfferRevisionSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of one language of a job-offer check entry: its revisions, each shown
 * whole, and restoring one as the newest draft.
 */
@Controller
class JobOfferHistoryAdminController {

	private static final String BASE = ToolsSections.BASE;

	private final JobOfferEditingService editing;

	private final JobOfferOverview overview;

	JobOfferHistoryAdminController(JobOfferEditingService editing, JobOfferOverview overview) {
		this.editing = editing;
		this.overview = overview;
	}

	@GetMapping(BASE + "/{id}/{locale}/revisions")
	String revisions(@PathVariable Long id, @PathVariable String locale, Actor actor, Model model) {
		String path = BASE + "/" + id + "/" + locale + "/revisions/";
		List<JobOfferRevisionSummary> revisions = this.overview.listRevisions(actor, id, locale);
		model.addAttribute("translation", this.editing.getTranslation(actor, id, locale));
		model.addAttribute("entries", RevisionEntry.newestFirst(revisions,
				(revision) -> new RevisionEntry.Partial(revision.number(), revision.createdAt(), revision.authorEmail(),
						revision.note(), revision.working(), true, revision.published()),
				(revision) -> path + revision.id(), (before, revision) -> null,
				(revision) -> path + revision.id() + "/restore"));
		model.addAttribute("zone", actor.countryScope().zone());
		return "admin/tools/job-offer-revisions";
	}

	@GetMapping(BASE + "/{id}/{locale}/revisions/{revisionId}")
	String revision(@PathVariable Long id, @PathVariable String locale, @PathVariable Long revisionId, Actor actor,
			Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, id, locale));
		model.addAttribute("text", this.overview.revision(actor, id, locale, revisionId));
		return "admin/tools/job-offer-revision";
	}

	@PostMapping(BASE + "/{id}/{locale}/revisions/{revisionId}/restore")
	String restore(@PathVariable Long id, @PathVariable String locale, @PathVariable Long revisionId,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		try {
			this.editing.restoreRevision(actor, id, locale, revisionId, version);
			redirect.addFlashAttribute("flash", "joboffer-admin.flash.revision-restored");
		}
		catch (JobOfferEditConflictException | EditorialRefusal ex) {
			redirect.addFlashAttribute("flashError", "joboffer.error.stale");
		}
		return "redirect:" + BASE + "/" + id + "/" + locale;
	}

}
