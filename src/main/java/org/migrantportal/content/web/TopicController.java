package org.migrantportal.content.web;

import org.migrantportal.content.ContentService;
import org.migrantportal.content.TopicView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** Shows a topic and the list of its pages. */
@Controller
class TopicController {

	private final ContentService contentService;

	private final PageLinksFactory pageLinks;

	TopicController(ContentService contentService, PageLinksFactory pageLinks) {
		this.contentService = contentService;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/topics/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		TopicView topic = this.contentService.getTopic(locale, slug);
		String self = topic.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/topics/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/content/topic").addObject("topic", topic)
			.addObject("links", this.pageLinks.of(locale, topic.paths()));
	}

}
