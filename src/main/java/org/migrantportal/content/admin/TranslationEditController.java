package org.migrantportal.content.admin;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentRuleException;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.content.EditConflictException;
import org.migrantportal.content.EditableTranslation;
import org.migrantportal.content.NewsDetails;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.MarkdownRenderer;
import org.migrantportal.shared.MediaEmbeds;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing one translation: the form, a server-rendered preview, and saving (then, when
 * the editor pressed a workflow button of the form, submitting or publishing what was
 * just saved, so no typed word is lost); the details of a news item.
 */
@Controller
class TranslationEditController {

	private final ContentEditingService editing;

	private final ContentWorkflow workflow;

	private final FourEyesSettings fourEyes;

	private final SiteLocales siteLocales;

	private final MediaEmbeds media;

	private final NewsCoverChoices covers;

	TranslationEditController(ContentEditingService editing, ContentWorkflow workflow, FourEyesSettings fourEyes,
			SiteLocales siteLocales, MediaEmbeds media, NewsCoverChoices covers) {
		this.media = media;
		this.covers = covers;
		this.editing = editing;
		this.workflow = workflow;
		this.fourEyes = fourEyes;
		this.siteLocales = siteLocales;
	}

	@GetMapping("/admin/{kind}/{id}/{locale}")
	String editForm(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale, Actor actor,
			Model model) {
		EditableTranslation translation = this.editing.getTranslation(actor, kind, id, locale.tag());
		model.addAttribute("form", TranslationForm.of(translation));
		return edit(model, actor, translation, locale);
	}

	@PostMapping(path = "/admin/{kind}/{id}/{locale}", params = "preview")
	String preview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response) {
		EditableTranslation translation = this.editing.getTranslation(actor, kind, id, locale.tag());
		if (form == null) {
			return unreadableForm(model, actor, translation, locale, response);
		}
		model.addAttribute("previewHtml",
				MarkdownRenderer.withMedia(MarkdownRenderer.toSafeHtml(form.bodyMarkdown()), locale, this.media));
		return edit(model, actor, translation, locale);
	}

	/**
	 * Saves the typed text as a new draft revision; when the editor pressed "Submit for
	 * review" or "Publish" in the form ({@code then}), that step follows on what was just
	 * saved. A rule error or an edit conflict shows the form again with every typed word;
	 * a step refused after saving says why, with the text saved.
	 */
	@PostMapping(path = "/admin/{kind}/{id}/{locale}", params = "!preview")
	String update(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult result,
			@RequestParam(name = "then", required = false) String then,
			@RequestParam(name = "switchTo", required = false) String switchTo, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null) {
			return unreadableForm(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale,
					response);
		}
		if (switchTo != null && nothingTyped(form)
				&& !this.editing.getTranslation(actor, kind, id, locale.tag()).exists()) {
			// an empty new translation: nothing to keep, go to the other language
			return ContentForms.editPath(kind, id, this.siteLocales.find(switchTo).orElse(locale));
		}
		if (!result.hasErrors()) {
			long saved;
			SiteLocale next = (switchTo != null) ? this.siteLocales.find(switchTo).orElse(locale) : null;
			boolean unchanged = (then != null || next != null) && unchanged(actor, kind, id, locale, form);
			try {
				saved = unchanged ? form.loadedVersion() : this.editing.saveTranslation(actor, kind, id, locale.tag(),
						form.toDraft(), form.loadedVersion());
			}
			catch (EditConflictException ex) {
				return conflict(kind, id, locale, form, ex, actor, model, response);
			}
			catch (ContentRuleException ex) {
				ContentForms.reject(result, ex);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return edit(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale);
			}
			if (next != null) {
				if (!unchanged) {
					redirect.addFlashAttribute("flash", "content.flash.saved");
				}
				return ContentForms.editPath(kind, id, next);
			}
			return ContentForms.workflowStep(kind, id, locale, redirect, afterSave(then), () -> {
				if ("submit".equals(then)) {
					this.workflow.submitForReview(actor, kind, id, locale.tag(), saved);
				}
				else if ("publish".equals(then)) {
					this.workflow.publish(actor, kind, id, locale.tag(), saved);
				}
			});
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return edit(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale);
	}

	/**
	 * Whether the form holds the stored text unchanged: a workflow step then applies to
	 * the stored text as it is, with no new revision (and, where four eyes apply, the
	 * reviewer does not become its last editor), and switching language saves nothing.
	 */
	private boolean unchanged(Actor actor, ContentKind kind, Long id, SiteLocale locale, TranslationForm form) {
		EditableTranslation stored = this.editing.getTranslation(actor, kind, id, locale.tag());
		TranslationDraft typed = form.toDraft();
		return stored.exists() && stored.version() == form.loadedVersion()
				&& stored.draft().title().equals(typed.title().strip()) && stored.draft().slug().equals(typed.slug())
				&& Objects.equals(stored.draft().summary(), (typed.summary() != null) ? typed.summary().strip() : "")
				&& lines(stored.draft().bodyMarkdown()).equals(lines(typed.bodyMarkdown()));
	}

	private static boolean nothingTyped(TranslationForm form) {
		return (form.title() == null || form.title().isBlank())
				&& (form.bodyMarkdown() == null || form.bodyMarkdown().isBlank());
	}

	/** Browsers send a textarea's line breaks as CR LF. */
	private static String lines(String text) {
		return (text != null) ? text.replace("\r\n", "\n").strip() : "";
	}

	private static String afterSave(String then) {
		if ("submit".equals(then)) {
			return "editorial.flash.saved-and-submitted";
		}
		return "publish".equals(then) ? "editorial.flash.saved-and-published" : "content.flash.saved";
	}

	@PostMapping("/admin/news/{id}/{locale}/details")
	String updateNewsDetails(@PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("details") NewsDetailsForm details, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult errors = ContentForms.keepEntry(details,
				NewsDetailsForm.of(this.editing.getNewsDetails(actor, id)), result, "details", model);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				this.editing.updateNewsDetails(actor, id, details.toDetails());
				redirect.addFlashAttribute("flash", "content.flash.details-saved");
				return "redirect:/admin/news/" + id + "/" + locale.tag();
			}
			catch (ContentRuleException ex) {
				ContentForms.reject(errors, ex);
				if ("content.error.stale-details".equals(ex.messageKey())) {
					model.addAttribute("storedDetails", this.editing.getNewsDetails(actor, id));
					status = HttpStatus.CONFLICT;
				}
			}
		}
		EditableTranslation translation = this.editing.getTranslation(actor, ContentKind.NEWS, id, locale.tag());
		model.addAttribute("form", TranslationForm.of(translation));
		response.setStatus(status.value());
		return edit(model, actor, translation, locale);
	}

	private String edit(Model model, Actor actor, EditableTranslation translation, SiteLocale locale) {
		model.addAttribute("translation", translation);
		model.addAttribute("locale", locale);
		model.addAttribute("fourEyes", this.fourEyes.isRequired(translation.country()));
		boolean canReview = actor.hasRole(StaffRole.REVIEWER)
				&& actor.canWorkOn(translation.country(), translation.organizationId());
		model.addAttribute("canReview", canReview);
		model.addAttribute("showPublish", canReview && (translation.can("PUBLISH") || translation.can("SAVE")));
		model.addAttribute("zone", actor.countryScope().zone());
		if (translation.kind() == ContentKind.NEWS) {
			NewsDetails stored = this.editing.getNewsDetails(actor, translation.id());
			model.addAttribute("earlierCoverImage", stored.earlierCoverImage());
			this.covers.addTo(model, actor, stored.coverMediaId());
			if (!model.containsAttribute("details")) {
				model.addAttribute("details", NewsDetailsForm.of(stored));
			}
		}
		return "admin/content/edit";
	}

	/**
	 * A form whose fields could not even be read (tampered): show the stored text again,
	 * with an error.
	 */
	private String unreadableForm(Model model, Actor actor, EditableTranslation translation, SiteLocale locale,
			HttpServletResponse response) {
		BeanPropertyBindingResult current = new BeanPropertyBindingResult(TranslationForm.of(translation), "form");
		current.reject("content.error.form-unreadable");
		model.addAttribute("form", current.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", current);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return edit(model, actor, translation, locale);
	}

	/**
	 * Someone saved since the editor loaded the text: both texts side by side, nothing
	 * lost.
	 */
	private String conflict(ContentKind kind, Long id, SiteLocale locale, TranslationForm yours,
			EditConflictException conflict, Actor actor, Model model, HttpServletResponse response) {
		model.addAttribute("form", yours.withVersion(conflict.storedVersion()));
		model.addAttribute("conflict", conflict);
		model.addAttribute("conflictDiff", WordDiff.compare(conflict.stored().bodyMarkdown(),
				(yours.bodyMarkdown() != null) ? yours.bodyMarkdown() : ""));
		response.setStatus(HttpStatus.CONFLICT.value());
		return edit(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale);
	}

}
