package org.migrantportal.search.web;

import java.util.List;

import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.search.SearchResults;
import org.migrantportal.search.SearchService;
import org.migrantportal.search.SearchType;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /{locale}/search?q=}: results across pages, news and services of every language,
 * filtered by type and country, paginated.
 */
@Controller
class SearchController {

	private final SearchService search;

	private final PageLinksFactory pageLinks;

	SearchController(SearchService search, PageLinksFactory pageLinks) {
		this.search = search;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/search")
	ModelAndView search(@PathVariable SiteLocale locale, @RequestParam(required = false) String q,
			@RequestParam(required = false) SearchType type, @RequestParam(required = false) CountryScope country,
			@RequestParam(defaultValue = "1") int page) {
		if (page < 1 || page > SearchService.MAX_PAGE) {
			throw new BadRequestException("page out of range");
		}
		SearchResults results = this.search.search(locale, q, type, country, page);
		return new ModelAndView("site/search/results").addObject("results", results)
			.addObject("type", type)
			.addObject("country", country)
			.addObject("types", List.of(SearchType.values()))
			.addObject("countries", List.of(CountryScope.GEORGIA, CountryScope.ARMENIA))
			.addObject("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/search"));
	}

}
