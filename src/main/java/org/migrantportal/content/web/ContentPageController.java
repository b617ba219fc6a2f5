package org.migrantportal.content.web;

import java.util.List;

import org.migrantportal.content.ContentService;
import org.migrantportal.content.PageView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.PublishedViews;
import org.migrantportal.shared.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows one information page in the visitor's language, or its best fallback with a
 * notice.
 */
@Controller
class ContentPageController {

	private final ContentService contentService;

	private final PageLinksFactory pageLinks;

	private final PublishedViews views;

	ContentPageController(ContentService contentService, PageLinksFactory pageLinks, PublishedViews views) {
		this.contentService = contentService;
		this.pageLinks = pageLinks;
		this.views = views;
	}

	@GetMapping("/{locale}/pages/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		PageView page = this.views.get(List.of("page", locale.tag(), slug),
				() -> this.contentService.getPage(locale, slug));
		String self = page.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/pages/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/content/page").addObject("page", page)
			.addObject("links", this.pageLinks.of(locale, page.paths()));
	}

}
