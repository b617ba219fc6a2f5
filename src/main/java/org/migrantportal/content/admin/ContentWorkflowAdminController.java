package org.migrantportal.content.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow steps that carry no text of their own: submit, publish, send back with a
 * reason, unpublish, schedule, the native-speaker flag. The edit form's own buttons save
 * the typed text first ({@link TranslationEditController}).
 */
@Controller
class ContentWorkflowAdminController {

	private final ContentWorkflow workflow;

	ContentWorkflowAdminController(ContentWorkflow workflow) {
		this.workflow = workflow;
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/submit")
	String submitForReview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect, "content.flash.submitted",
				() -> this.workflow.submitForReview(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/publish")
	String publish(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect, "content.flash.published",
				() -> this.workflow.publish(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/unpublish")
	String unpublish(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect, "content.flash.unpublished",
				() -> this.workflow.unpublish(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/schedule")
	String schedule(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime unpublishAt,
			Actor actor, RedirectAttributes redirect) {
		ZoneId zone = actor.countryScope().zone();
		Instant publish = (publishAt != null) ? publishAt.atZone(zone).toInstant() : null;
		Instant unpublish = (unpublishAt != null) ? unpublishAt.atZone(zone).toInstant() : null;
		return ContentForms.workflowStep(kind, id, locale, redirect, "content.flash.scheduled",
				() -> this.workflow.schedule(actor, kind, id, locale.tag(), publish, unpublish, version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/native-review")
	String nativeReview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, @RequestParam boolean awaiting, Actor actor, RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect,
				awaiting ? "content.flash.marked-awaiting-review" : "content.flash.native-review-confirmed",
				() -> this.workflow.setAwaitingNativeReview(actor, kind, id, locale.tag(), awaiting, version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/send-back")
	String sendBack(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return ContentForms.workflowStep(kind, id, locale, redirect, "editorial.flash.sent-back",
				() -> this.workflow.sendBack(actor, kind, id, locale.tag(), reason, version));
	}

}
