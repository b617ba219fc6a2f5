package org.migrantportal.content.admin;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentRuleException;
import org.migrantportal.content.EditConflictException;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form idioms every content screen of the back-office shares. */
final class ContentForms {

	private ContentForms() {
	}

	/**
	 * The binding result to show a form again with. A value that could not even be
	 * converted (a date such as "tomorrow") leaves Spring's result without a target, so
	 * the entry goes into a result of our own with the same errors; a form that could not
	 * be read at all shows {@code fallback} with a general error.
	 */
	static BindingResult keepEntry(Object bound, Object fallback, BindingResult result, String name, Model model) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult((bound != null) ? bound : fallback, name);
		errors.addAllErrors(result);
		if (bound == null) {
			errors.reject("content.error.form-unreadable");
		}
		model.addAttribute(name, errors.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
		return errors;
	}

	/** A rule error on the field it names, or on the whole form. */
	static void reject(BindingResult result, ContentRuleException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	static CountryScope defaultCountry(Actor actor) {
		return (actor.countryScope() == CountryScope.BOTH) ? CountryScope.GEORGIA : actor.countryScope();
	}

	static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	/**
	 * Runs a workflow step and goes back to the translation, saying what happened or why
	 * it was refused.
	 */
	static String workflowStep(ContentKind kind, Long id, SiteLocale locale, RedirectAttributes redirect,
			String success, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("flashError", "content.error.stale");
		}
		catch (ContentRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return editPath(kind, id, locale);
	}

	static String editPath(ContentKind kind, Long id, SiteLocale locale) {
		return "redirect:/admin/" + kind.segment() + "/" + id + "/" + locale.tag();
	}

}
