package org.migrantportal.directory.web;

import org.migrantportal.directory.OrganizationView;
import org.migrantportal.directory.ServiceDirectory;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** An organization's public page: what it is, how to reach it, its services. */
@Controller
class OrganizationController {

	private final ServiceDirectory directory;

	private final PageLinksFactory pageLinks;

	OrganizationController(ServiceDirectory directory, PageLinksFactory pageLinks) {
		this.directory = directory;
		this.pageLinks = pageLinks;
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
