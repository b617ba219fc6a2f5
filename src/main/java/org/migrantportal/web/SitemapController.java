package org.migrantportal.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml}: the home page and every public URL the modules'
 * {@link SitemapSource sitemap sources} list, each with {@code xhtml:link} alternates to
 * its other language versions, and {@code /robots.txt}, which names the sitemap.
 */
@RestController
class SitemapController {

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	private final ObjectProvider<SitemapSource> sources;

	private final SiteLocales siteLocales;

	private final PageLinksFactory pageLinks;

	SitemapController(ObjectProvider<SitemapSource> sources, SiteLocales siteLocales, PageLinksFactory pageLinks) {
		this.sources = sources;
		this.siteLocales = siteLocales;
		this.pageLinks = pageLinks;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<Map<SiteLocale, String>> groups = new ArrayList<>();
		groups.add(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + "/"));
		this.sources.orderedStream().forEach((source) -> groups.addAll(source.sitemapEntries()));
		groups.add(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + "/browse-safely"));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NS);
		xml.writeNamespace("xhtml", XHTML_NS);
		for (Map<SiteLocale, String> group : groups) {
			for (String path : group.values()) {
				xml.writeStartElement("url");
				xml.writeStartElement("loc");
				xml.writeCharacters(this.pageLinks.absolute(path));
				xml.writeEndElement();
				for (Map.Entry<SiteLocale, String> alternate : group.entrySet()) {
					xml.writeEmptyElement("xhtml", "link", XHTML_NS);
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", alternate.getKey().tag());
					xml.writeAttribute("href", this.pageLinks.absolute(alternate.getValue()));
				}
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /admin/\nDisallow: /login\nDisallow: /language/\n\nSitemap: "
				+ this.pageLinks.absolute("/sitemap.xml") + "\n";
	}

}
