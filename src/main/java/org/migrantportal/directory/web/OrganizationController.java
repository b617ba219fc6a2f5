package org.migrantportal.directory.web;

import java.util.List;

import org.migrantportal.directory.OrganizationView;
import org.migrantportal.directory.ServiceDirectory;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public list of organizations (all, or those of one country) and an organization's
 * page: what it is, how to reach it, its services.
 */
@Controller
class OrganizationController {

	private final ServiceDirectory directory;

	private final PageLinksFactory pageLinks;

	OrganizationController(ServiceDirectory directory, PageLinksFactory pageLinks) {
		this.directory = directory;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/organizations")
	ModelAndView list(@PathVariable SiteLocale locale, @RequestParam(required = false) CountryScope country) {
		return new ModelAndView("site/directory/organizations")
			.addObject("organizations", this.directory.listOrganizations(locale, country))
			.addObject("country", country)
			.addObject("countries", List.of(CountryScope.values()))
			.addObject("links",
					this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/organizations"));
	}

	@GetMapping("/{locale}/organizations/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		OrganizationView organization = this.directory.getOrganization(locale, slug);
		String self = organization.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/organizations/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/directory/organization").addObject("organization", organization)
			.addObject("links", this.pageLinks.of(locale, organization.paths()));
	}

}
