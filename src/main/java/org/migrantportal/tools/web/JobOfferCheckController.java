package org.migrantportal.tools.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.directory.HelpContactService;
import org.migrantportal.directory.HelpContactView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.tools.joboffer.JobOfferAnswer;
import org.migrantportal.tools.joboffer.JobOfferAssessment;
import org.migrantportal.tools.joboffer.JobOfferCheck;
import org.migrantportal.tools.joboffer.JobOfferQuestionnaire;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /{locale}/tools/job-offer-check}: the published questions as a plain form, and
 * the warning signs the answers show, what to do next and who checks offers. The answers
 * are posted, never put in the URL (where access logs and browser history would keep
 * them), used for this one answer and neither stored, logged nor cached: the answer is
 * {@code no-store}, and the page cache skips {@code /tools/}. Unreadable answers come
 * back as 400 with the form as the visitor left it.
 */
@Controller
class JobOfferCheckController {

	static final String PATH = "/tools/job-offer-check";

	private static final String VIEW = "site/tools/job-offer-check";

	private final JobOfferCheck check;

	private final HelpContactService helpContacts;

	private final PageLinksFactory pageLinks;

	JobOfferCheckController(JobOfferCheck check, HelpContactService helpContacts, PageLinksFactory pageLinks) {
		this.check = check;
		this.helpContacts = helpContacts;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}" + PATH)
	ModelAndView show(@PathVariable SiteLocale locale) {
		return page(locale, this.check.questionnaire(locale)).addObject("form", JobOfferAnswers.empty());
	}

	@PostMapping("/{locale}" + PATH)
	ModelAndView answer(@PathVariable SiteLocale locale, @RequestParam MultiValueMap<String, String> form,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		JobOfferQuestionnaire questionnaire = this.check.questionnaire(locale);
		JobOfferAnswers answers = JobOfferAnswers.read(form, questionnaire.questions());
		ModelAndView page = page(locale, questionnaire).addObject("form", answers);
		if (answers.hasErrors()) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return page.addObject("result", JobOfferAssessment.assess(questionnaire.questions(), answers.answers()));
	}

	private ModelAndView page(SiteLocale locale, JobOfferQuestionnaire questionnaire) {
		List<CountryScope> order = new ArrayList<>(this.helpContacts.countryOrder(locale, null));
		order.add(CountryScope.BOTH);
		List<HelpContactView> contacts = this.helpContacts.listContacts(locale, order)
			.stream()
			.filter((contact) -> !contact.kind().urgent())
			.toList();
		return new ModelAndView(VIEW).addObject("questionnaire", questionnaire)
			.addObject("answers", List.of(JobOfferAnswer.values()))
			.addObject("contacts", contacts)
			.addObject("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + PATH));
	}

}
