package org.migrantportal.web;

import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /{locale}/browse-safely}: how to visit the site without leaving traces (the
 * quick exit, private windows, clearing the history, apps that keep their own records).
 */
@Controller
class BrowseSafelyController {

	private final PageLinksFactory pageLinks;

	BrowseSafelyController(PageLinksFactory pageLinks) {
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/browse-safely")
	String show(@PathVariable SiteLocale locale, Model model) {
		model.addAttribute("links",
				this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/browse-safely"));
		return "site/browse-safely";
	}

}
