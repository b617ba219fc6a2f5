package org.migrantportal.content.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.migrantportal.content.NewsListing;
import org.migrantportal.content.NewsService;
import org.migrantportal.content.NewsSummary;
import org.migrantportal.content.NewsView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.ControlCharacters;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.PublishedViews;
import org.migrantportal.shared.Redirects;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The news list of a language (paginated, by country), one news item, and the Atom feed.
 */
@Controller
class NewsController {

	private static final int PAGE_SIZE = 10;

	private static final int MAX_PAGE = 10_000;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final NewsService news;

	private final PageLinksFactory pageLinks;

	private final MessageSource messages;

	private final PublishedViews views;

	NewsController(NewsService news, PageLinksFactory pageLinks, MessageSource messages, PublishedViews views) {
		this.views = views;
		this.news = news;
		this.pageLinks = pageLinks;
		this.messages = messages;
	}

	@GetMapping("/{locale}/news")
	ModelAndView list(@PathVariable SiteLocale locale, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size,
			@RequestParam(required = false) CountryScope country) {
		if (page < 1 || page > MAX_PAGE || size < 1) {
			throw new BadRequestException("page or size out of range");
		}
		NewsListing listing = this.news.listNews(locale, country, page, size);
		return new ModelAndView("site/content/news-list").addObject("listing", listing)
			.addObject("country", country)
			.addObject("countries", List.of(CountryScope.values()))
			.addObject("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/news"));
	}

	@GetMapping("/{locale}/news/{slug}")
	ModelAndView show(@PathVariable SiteLocale locale, @PathVariable String slug) {
		NewsView item = this.views.get(List.of("news", locale.tag(), slug), () -> this.news.getNews(locale, slug));
		String self = item.paths().switchPaths().get(locale);
		if (!self.equals("/" + locale.tag() + "/news/" + slug)) {
			return Redirects.permanent(self);
		}
		return new ModelAndView("site/content/news-item").addObject("item", item)
			.addObject("links", this.pageLinks.of(locale, item.paths()));
	}

	@GetMapping(path = "/{locale}/news/feed.atom")
	ResponseEntity<String> feed(@PathVariable SiteLocale locale) throws XMLStreamException {
		List<NewsSummary> entries = this.news.listFeed(locale, 50);
		String title = this.messages.getMessage("news.feed.title", null, locale.toLocale());
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.tag());
		element(xml, "id", this.pageLinks.absolute("/" + locale.tag() + "/news/feed.atom"));
		element(xml, "title", title);
		element(xml, "updated",
				entries.stream()
					.map(NewsSummary::updatedAt)
					.filter(Objects::nonNull)
					.max(Instant::compareTo)
					.map(NewsController::atomDate)
					.orElse("1970-01-01T00:00:00Z"));
		link(xml, "self", this.pageLinks.absolute("/" + locale.tag() + "/news/feed.atom"), null);
		link(xml, "alternate", this.pageLinks.absolute("/" + locale.tag() + "/news"), "text/html");
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("site.name", null, locale.toLocale()));
		xml.writeEndElement();
		for (NewsSummary entry : entries) {
			xml.writeStartElement("entry");
			element(xml, "id", this.pageLinks.absolute(entry.path()));
			element(xml, "title", entry.title());
			element(xml, "updated", atomDate(entry.updatedAt()));
			if (entry.date() != null) {
				element(xml, "published",
						entry.date()
							.atStartOfDay(entry.country().zone())
							.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			}
			link(xml, "alternate", this.pageLinks.absolute(entry.path()), "text/html");
			element(xml, "summary", entry.summary());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(out.toString());
	}

	private static String atomDate(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC))
				: "1970-01-01T00:00:00Z";
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		// XML 1.0 has no way to write most control characters: a title saved before they
		// were refused on input must not break the whole feed
		xml.writeCharacters((text != null) ? ControlCharacters.strip(text) : "");
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
	}

}
