package org.migrantportal.tools.admin;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.tools.joboffer.EditableJobOfferTranslation;
import org.migrantportal.tools.joboffer.JobOfferArrangement;
import org.migrantportal.tools.joboffer.JobOfferEditConflictException;
import org.migrantportal.tools.joboffer.JobOfferEditingService;
import org.migrantportal.tools.joboffer.JobOfferOverview;
import org.migrantportal.tools.joboffer.JobOfferRuleException;
import org.migrantportal.tools.joboffer.JobOfferText;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's work on the job-offer check: the list of its entries (reviewers reorder and
 * switch them off there), the form of one language of an entry with its workflow buttons
 * (which save what was typed first) and the reviewer's send-back. A rejected form comes
 * back as typed with 400, an edit conflict with both texts and 409, a step the state does
 * not allow with its reason and 409; the services check role and scope (403).
 */
@Controller
class JobOfferQuestionAdminController {

	private static final String BASE = ToolsSections.BASE;

	private static final String FORM = "admin/tools/job-offer-question";

	private final JobOfferEditingService editing;

	private final JobOfferOverview overview;

	private final JobOfferArrangement arrangement;

	private final SiteLocales siteLocales;

	JobOfferQuestionAdminController(JobOfferEditingService editing, JobOfferOverview overview,
			JobOfferArrangement arrangement, SiteLocales siteLocales) {
		this.editing = editing;
		this.arrangement = arrangement;
		this.overview = overview;
		this.siteLocales = siteLocales;
	}

	@GetMapping(BASE)
	String list(Actor actor, Model model) {
		model.addAttribute("rows", this.overview.list(actor, LocaleContextHolder.getLocale().toLanguageTag()));
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("canArrange", actor.hasRole(StaffRole.REVIEWER));
		return "admin/tools/job-offer-check";
	}

	/** Moves an entry or switches it on or off; the public check changes at once. */
	@PostMapping(BASE + "/{id}/arrange")
	String arrange(@PathVariable Long id, @RequestParam(defaultValue = "-1") int position,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam long version, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.arrangement.arrange(actor, id, position, enabled, version);
		}
		catch (JobOfferRuleException ex) {
			model.addAttribute("flashError", ex.problems().values().iterator().next());
			response.setStatus(ex.problems().containsValue("joboffer.error.stale") ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return list(actor, model);
		}
		redirect.addFlashAttribute("flash", "joboffer-admin.flash.arranged");
		return "redirect:" + BASE;
	}

	@GetMapping(BASE + "/{id}/{locale}")
	String editForm(@PathVariable Long id, @PathVariable String locale, Actor actor, Model model) {
		EditableJobOfferTranslation translation = this.editing.getTranslation(actor, id, locale);
		model.addAttribute("form", JobOfferQuestionForm.of(translation));
		return show(model, actor, translation);
	}

	/**
	 * Saves the typed words as a draft (unless nothing changed and a step was asked for),
	 * then takes the step its button named.
	 */
	@PostMapping(BASE + "/{id}/{locale}")
	String update(@PathVariable Long id, @PathVariable String locale, @RequestParam(required = false) JobOfferStep step,
			@ModelAttribute("form") JobOfferQuestionForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EditableJobOfferTranslation translation = this.editing.getTranslation(actor, id, locale);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(model, actor, translation);
		}
		try {
			long version = (form.getVersion() != null) ? form.getVersion() : -1;
			JobOfferText text = form.toText();
			boolean changed = !translation.exists() || !text.equals(translation.text())
					|| form.isAwaitingNativeReview() != translation.awaitingNativeReview();
			if (step == null) {
				this.editing.save(actor, id, locale, text, form.isAwaitingNativeReview(), version);
			}
			else {
				this.editing.saveAndTake(actor, id, locale, text, form.isAwaitingNativeReview(), version, changed,
						step.action());
			}
			redirect.addFlashAttribute("flash", (step != null) ? step.flash() : "joboffer-admin.flash.saved");
			return "redirect:" + BASE + "/" + id + "/" + locale;
		}
		catch (JobOfferEditConflictException ex) {
			model.addAttribute("conflict", true);
			model.addAttribute("theirs", ex.stored());
			form.setVersion(ex.stored().version());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(model, actor, ex.stored());
		}
		catch (EditorialRefusal ex) {
			model.addAttribute("flashError", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(model, actor, this.editing.getTranslation(actor, id, locale));
		}
		catch (JobOfferRuleException ex) {
			for (Map.Entry<String, String> problem : ex.problems().entrySet()) {
				result.rejectValue(problem.getKey(), problem.getValue(), problem.getValue());
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(model, actor, translation);
		}
	}

	@PostMapping(BASE + "/{id}/{locale}/send-back")
	String sendBack(@PathVariable Long id, @PathVariable String locale, @RequestParam long version,
			@RequestParam(required = false) String reason, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String error;
		HttpStatus status;
		try {
			this.editing.sendBack(actor, id, locale, reason, version);
			redirect.addFlashAttribute("flash", "editorial.flash.sent-back");
			return "redirect:" + BASE + "/" + id + "/" + locale;
		}
		catch (JobOfferEditConflictException ex) {
			error = "joboffer.error.stale";
			status = HttpStatus.CONFLICT;
		}
		catch (EditorialRefusal ex) {
			error = ex.messageKey();
			status = HttpStatus.CONFLICT;
		}
		catch (JobOfferRuleException ex) {
			error = ex.problems().values().iterator().next();
			status = HttpStatus.BAD_REQUEST;
		}
		EditableJobOfferTranslation translation = this.editing.getTranslation(actor, id, locale);
		model.addAttribute("form", JobOfferQuestionForm.of(translation));
		model.addAttribute("flashError", error);
		response.setStatus(status.value());
		return show(model, actor, translation);
	}

	private String show(Model model, Actor actor, EditableJobOfferTranslation translation) {
		Set<String> can = this.editing.availableActions(actor, translation.questionId(), translation.locale())
			.stream()
			.map(EditorialAction::name)
			.collect(Collectors.toSet());
		model.addAttribute("translation", translation);
		model.addAttribute("language", this.siteLocales.get(translation.locale()));
		model.addAttribute("can", can);
		model.addAttribute("canPublish", actor.hasRole(StaffRole.REVIEWER));
		model.addAttribute("maxLength", JobOfferText.MAX_LENGTH);
		return FORM;
	}

}
