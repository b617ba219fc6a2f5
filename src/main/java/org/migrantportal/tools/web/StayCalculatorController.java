package org.migrantportal.tools.web;

import java.time.Clock;
import java.time.LocalDate;

import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.tools.StayRuleProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /{locale}/tools/stay-calculator}: the short-stay calculator as a plain GET form,
 * so it works without JavaScript and a result can be bookmarked. The dates live only in
 * the query string; nothing is stored. "Add a row" is a submit button that re-renders the
 * form with one more row; wrong input answers 400 with the form as typed.
 */
@Controller
class StayCalculatorController {

	static final String PATH = "/tools/stay-calculator";

	private final StayRuleProperties rule;

	private final PageLinksFactory pageLinks;

	private final Clock clock;

	StayCalculatorController(StayRuleProperties rule, PageLinksFactory pageLinks, Clock clock) {
		this.rule = rule;
		this.pageLinks = pageLinks;
		this.clock = clock;
	}

	@GetMapping("/{locale}" + PATH)
	ModelAndView show(@PathVariable SiteLocale locale, @RequestParam MultiValueMap<String, String> query) {
		LocalDate today = LocalDate.now(this.clock);
		ModelAndView page = new ModelAndView("site/tools/stay-calculator").addObject("rule", this.rule)
			.addObject("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + PATH));
		if (!query.containsKey("entry") && !query.containsKey("exit") && !query.containsKey("check")
				&& !query.containsKey("rows")) {
			return page.addObject("form", StayForm.empty(today));
		}
		StayForm form = StayForm.read(query, today, this.rule);
		if (query.containsKey("rows") && form.formError() == null) {
			return page.addObject("form", form.withoutFieldErrors());
		}
		page.addObject("form", form);
		if (form.hasErrors()) {
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return page.addObject("result", this.rule.calculator().calculate(form.stays(), form.checkDate()));
	}

}
