package org.migrantportal.directory.web;

import org.migrantportal.directory.HelpContactService;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The help page: hotlines, offices and services a person can turn to. */
@Controller
class HelpController {

	private final HelpContactService helpContacts;

	private final PageLinksFactory pageLinks;

	HelpController(HelpContactService helpContacts, PageLinksFactory pageLinks) {
		this.helpContacts = helpContacts;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/help")
	String show(@PathVariable SiteLocale locale, Model model) {
		model.addAttribute("contacts", this.helpContacts.listContacts(locale));
		model.addAttribute("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/help"));
		return "site/directory/help";
	}

}
