package org.migrantportal.content.admin;

import java.util.List;

import org.migrantportal.content.TranslationDraft;
import org.migrantportal.content.TranslationState;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The choices every content screen of the back-office offers: languages, countries,
 * states.
 */
@ControllerAdvice(basePackageClasses = ContentAdminChoices.class)
class ContentAdminChoices {

	private final SiteLocales siteLocales;

	ContentAdminChoices(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("states", List.of(TranslationState.values()));
		model.addAttribute("limits", TranslationDraft.LIMITS);
	}

}
