package org.migrantportal.search.admin;

import java.util.List;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.search.BackOfficeSearch;
import org.migrantportal.search.SearchIndexing;
import org.migrantportal.search.SearchService;
import org.migrantportal.search.SearchType;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/search}: staff search the drafts, texts in review and published texts
 * they may work on; admins rebuild the public search index.
 */
@Controller
class SearchAdminController {

	private final BackOfficeSearch search;

	private final SearchIndexing indexing;

	private final SiteLocales siteLocales;

	SearchAdminController(BackOfficeSearch search, SearchIndexing indexing, SiteLocales siteLocales) {
		this.search = search;
		this.indexing = indexing;
		this.siteLocales = siteLocales;
	}

	@GetMapping("/admin/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) SearchType type,
			@RequestParam(required = false) CountryScope country, @RequestParam(defaultValue = "1") int page,
			Actor actor, Model model) {
		if (page < 1 || page > SearchService.MAX_PAGE) {
			throw new BadRequestException("page out of range");
		}
		var language = this.siteLocales.findOrDefault(LocaleContextHolder.getLocale().toLanguageTag());
		model.addAttribute("results", this.search.search(actor, language, q, type, country, page));
		model.addAttribute("type", type);
		model.addAttribute("country", country);
		model.addAttribute("types", List.of(SearchType.PAGE, SearchType.NEWS));
		model.addAttribute("countries", List.of(CountryScope.GEORGIA, CountryScope.ARMENIA));
		model.addAttribute("mayReindex", actor.role() == StaffRole.ADMIN);
		return "admin/search/results";
	}

	@PostMapping("/admin/search/reindex")
	String reindex(Actor actor, RedirectAttributes redirect) {
		int documents = this.indexing.rebuild(actor);
		redirect.addFlashAttribute("flash", "search.admin.reindexed");
		redirect.addFlashAttribute("flashArgument", documents);
		return "redirect:/admin/search";
	}

}
