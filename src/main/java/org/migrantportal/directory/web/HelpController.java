package org.migrantportal.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.migrantportal.directory.HelpContactService;
import org.migrantportal.directory.HelpContactView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help page: the emergency block, then the hotlines, offices and services a person
 * can turn to, one section per country; the visitor's country ({@code ?country=am}, else
 * the one their language suggests) first.
 */
@Controller
class HelpController {

	private final HelpContactService helpContacts;

	private final PageLinksFactory pageLinks;

	HelpController(HelpContactService helpContacts, PageLinksFactory pageLinks) {
		this.helpContacts = helpContacts;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/help")
	String show(@PathVariable SiteLocale locale, @RequestParam(required = false) String country, Model model) {
		List<CountryScope> order = new ArrayList<>(this.helpContacts.countryOrder(locale, country));
		order.add(CountryScope.BOTH);
		List<HelpContactView> contacts = this.helpContacts.listContacts(locale, order);
		model.addAttribute("contacts", contacts);
		model.addAttribute("sections",
				order.stream()
					.map((scope) -> new CountrySection(scope, scope.name().toLowerCase(Locale.ROOT),
							contacts.stream().filter((contact) -> contact.country() == scope).toList()))
					.toList());
		model.addAttribute("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/help"));
		return "site/directory/help";
	}

	/** One country's contacts on the help page. */
	record CountrySection(CountryScope country, String id, List<HelpContactView> contacts) {

	}

}
