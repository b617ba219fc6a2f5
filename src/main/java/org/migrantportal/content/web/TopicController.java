package org.migrantportal.content.web;

import java.util.List;

import org.migrantportal.content.ContentService;
import org.migrantportal.content.TopicView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.PublishedViews;
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

	private final PublishedViews views;

	TopicController(ContentService contentService, PageLinksFactory pageLinks, PublishedViews views) {
		this.contentService = contentService;
		this.pageLinks = pageLinks;
		this.views = views;
	}

	@GetMapping("/{locale}/topics/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		TopicView topic = this.views.get(List.of("topic", locale.tag(), slug),
				() -> this.contentService.getTopic(locale, slug));
		String self = topic.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/topics/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/content/topic").addObject("topic", topic)
			.addObject("links", this.pageLinks.of(locale, topic.paths()));
	}

}
