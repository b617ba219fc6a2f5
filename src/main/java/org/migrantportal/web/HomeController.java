package org.migrantportal.web;

import java.util.List;

import org.migrantportal.content.ContentService;
import org.migrantportal.content.NewsService;
import org.migrantportal.directory.HelpContactService;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.PublishedViews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page of a language: the topics, the way to help and the contacts to call. */
@Controller
class HomeController {

	private final ContentService contentService;

	private final HelpContactService helpContacts;

	private final PageLinksFactory pageLinks;

	private final NewsService newsService;

	private final PublishedViews views;

	HomeController(ContentService contentService, HelpContactService helpContacts, PageLinksFactory pageLinks,
			NewsService newsService, PublishedViews views) {
		this.views = views;
		this.newsService = newsService;
		this.contentService = contentService;
		this.helpContacts = helpContacts;
		this.pageLinks = pageLinks;
	}

	@GetMapping("/{locale}/")
	String show(@PathVariable SiteLocale locale, Model model) {
		model.addAttribute("topics",
				this.views.get(List.of("topics", locale.tag()), () -> this.contentService.listTopics(locale)));
		model.addAttribute("contacts",
				this.views.get(List.of("contacts", locale.tag()), () -> this.helpContacts.listContacts(locale)));
		model.addAttribute("news",
				this.views.get(List.of("home-news", locale.tag()), () -> this.newsService.listHomeNews(locale, 3)));
		model.addAttribute("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/"));
		return "site/home";
	}

	@GetMapping("/{locale}")
	String withoutSlash(@PathVariable SiteLocale locale) {
		return "redirect:/" + locale.tag() + "/";
	}

}
