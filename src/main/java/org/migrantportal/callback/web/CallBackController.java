package org.migrantportal.callback.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.callback.CallBackOrganization;
import org.migrantportal.callback.CallBackReceipt;
import org.migrantportal.callback.CallBackRefusedException;
import org.migrantportal.callback.CallBackService;
import org.migrantportal.directory.HelpContactService;
import org.migrantportal.i18n.PageLinks;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /{locale}/help/call-back}: a plain form (no JavaScript needed) to ask an
 * organization to call back, with consent. A wrong field answers 400 with everything
 * typed and the error next to the field; a stored request shows who will call and how
 * long the request is kept. Neither answer is kept by any cache (what the list of
 * organizations shows changes with the admins' settings, and the answer holds what the
 * visitor typed).
 */
@Controller
class CallBackController {

	static final String PATH = "/help/call-back";

	private static final List<CountryScope> COUNTRIES = List.of(CountryScope.GEORGIA, CountryScope.ARMENIA);

	private final CallBackService callBacks;

	private final HelpContactService helpContacts;

	private final SiteLocales siteLocales;

	private final PageLinksFactory pageLinks;

	CallBackController(CallBackService callBacks, HelpContactService helpContacts, SiteLocales siteLocales,
			PageLinksFactory pageLinks) {
		this.callBacks = callBacks;
		this.helpContacts = helpContacts;
		this.siteLocales = siteLocales;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}" + PATH)
	ModelAndView newForm(@PathVariable SiteLocale locale, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		CountryScope country = this.helpContacts.countryOrder(locale, null).get(0);
		return form(locale, CallBackForm.empty(locale.tag(), COUNTRIES.contains(country) ? country.name() : ""),
				Map.of());
	}

	@PostMapping("/{locale}" + PATH)
	ModelAndView create(@PathVariable SiteLocale locale, @ModelAttribute CallBackForm form,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (!this.callBacks.isAvailable()) {
			ModelAndView page = form(locale, form, Map.of());
			page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return page;
		}
		Map<String, String> problems = new LinkedHashMap<>(this.callBacks.problems(form.toSubmission(), locale));
		if (!form.consented()) {
			problems.put("consent", "callback.error.consent");
		}
		if (problems.isEmpty()) {
			try {
				CallBackReceipt receipt = this.callBacks.submit(form.toSubmission(), locale);
				return new ModelAndView("site/callback/sent").addObject("receipt", receipt)
					.addObject("links", links(locale));
			}
			catch (CallBackRefusedException ex) {
				// the settings changed between the check and the save
				problems.putAll(ex.problems());
			}
		}
		ModelAndView page = form(locale, form, problems);
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private ModelAndView form(SiteLocale locale, CallBackForm form, Map<String, String> errors) {
		List<CallBackOrganization> organizations = this.callBacks.isAvailable()
				? this.callBacks.listAcceptingOrganizations(locale) : List.of();
		return new ModelAndView("site/callback/form").addObject("form", form)
			.addObject("errors", errors)
			.addObject("available", this.callBacks.isAvailable())
			.addObject("groups", List.of(CountryScope.values())
				.stream()
				.map((country) -> new CountryGroup(country,
						organizations.stream().filter((organization) -> organization.country() == country).toList()))
				.filter((group) -> !group.organizations().isEmpty())
				.toList())
			.addObject("countries", COUNTRIES)
			.addObject("languages", this.siteLocales.all())
			.addObject("maxTopicLength", this.callBacks.maxTopicLength())
			.addObject("links", links(locale));
	}

	private PageLinks links(SiteLocale locale) {
		return this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + PATH);
	}

	/**
	 * The organizations of one country (or regional ones), as one group of the choice.
	 */
	record CountryGroup(CountryScope country, List<CallBackOrganization> organizations) {

	}

}
