package org.migrantportal.directory.web;

import java.util.List;

import org.migrantportal.directory.ServiceDirectory;
import org.migrantportal.directory.ServiceFilter;
import org.migrantportal.directory.ServiceResults;
import org.migrantportal.directory.ServiceView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public referral services directory: the filtered list (a plain GET form) and one
 * service's page.
 */
@Controller
class ServiceDirectoryController {

	private static final int PAGE_SIZE = 20;

	private static final int MAX_PAGE = 10_000;

	private final ServiceDirectory directory;

	private final PageLinksFactory pageLinks;

	ServiceDirectoryController(ServiceDirectory directory, PageLinksFactory pageLinks) {
		this.directory = directory;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/services")
	ModelAndView list(@PathVariable SiteLocale locale, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size, @RequestParam(required = false) CountryScope country,
			@RequestParam(required = false) String place, @RequestParam(required = false) String category,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "false") boolean free,
			@RequestParam(defaultValue = "false") boolean open) {
		if (page > MAX_PAGE) {
			throw new BadRequestException("page out of range");
		}
		ServiceFilter filter = new ServiceFilter(country, blankToNull(place), blankToNull(category),
				blankToNull(language), free, open);
		ServiceResults results = this.directory.search(locale, filter, page, size);
		return new ModelAndView("site/directory/services").addObject("results", results)
			.addObject("filter", filter)
			.addObject("choices", this.directory.choices(locale))
			.addObject("organizations",
					(country != null) ? this.directory.listOrganizations(locale, country) : List.of())
			.addObject("countries", List.of(CountryScope.values()))
			.addObject("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/services"));
	}

	@GetMapping("/{locale}/services/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		ServiceView service = this.directory.getService(locale, slug);
		String self = service.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/services/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/directory/service").addObject("service", service)
			.addObject("share", ShareLinks.of(service.name(), this.pageLinks.absolute(self)))
			.addObject("links", this.pageLinks.of(locale, service.paths()));
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
