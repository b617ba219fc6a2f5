package org.migrantportal.content.admin;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentHistory;
import org.migrantportal.content.ContentKind;
import org.migrantportal.editorial.RevisionEntry;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revisions of a translation: the list, one revision, a word-by-word comparison, and
 * restoring an old revision as a new draft.
 */
@Controller
class ContentHistoryAdminController {

	private final ContentEditingService editing;

	private final ContentHistory history;

	ContentHistoryAdminController(ContentEditingService editing, ContentHistory history) {
		this.editing = editing;
		this.history = history;
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/revisions")
	String revisions(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		String base = "/admin/" + kind.segment() + "/" + id + "/" + locale.tag();
		model.addAttribute("entries",
				RevisionEntry.newestFirst(this.history.listRevisions(actor, kind, id, locale.tag()),
						(revision) -> new RevisionEntry.Partial(revision.number(), revision.savedAt(),
								revision.savedBy(), revision.note(), false, false, revision.published()),
						(revision) -> base + "/revisions/" + revision.id(),
						(before, revision) -> base + "/compare?from=" + before.id() + "&to=" + revision.id(),
						(revision) -> base + "/revisions/" + revision.id() + "/restore"));
		model.addAttribute("zone", actor.countryScope().zone());
		return "admin/content/revisions";
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/revisions/{revisionId}")
	String revision(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@PathVariable Long revisionId, Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("revision", this.history.getRevision(actor, kind, id, locale.tag(), revisionId));
		model.addAttribute("zone", actor.countryScope().zone());
		return "admin/content/revision";
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/compare")
	String compare(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam Long from, @RequestParam Long to, Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("from", this.history.getRevision(actor, kind, id, locale.tag(), from).summary());
		model.addAttribute("to", this.history.getRevision(actor, kind, id, locale.tag(), to).summary());
		model.addAttribute("differences", this.history.compareRevisions(actor, kind, id, locale.tag(), from, to));
		return "admin/content/compare";
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@PathVariable Long revisionId, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect, "content.flash.revision-restored",
				() -> this.history.restoreRevision(actor, kind, id, locale.tag(), revisionId, version));
	}

}
