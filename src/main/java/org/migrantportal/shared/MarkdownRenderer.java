package org.migrantportal.shared;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.migrantportal.i18n.SiteLocale;

/**
 * Turns editor Markdown into HTML that is safe to put on a page: rendered with commonmark
 * and then sanitised with the OWASP policy, so no script, event handler or foreign embed
 * survives. Content is rendered once, when it is saved, and both forms are stored. Links
 * may be web addresses, relative paths, {@code mailto:} and {@code tel:} links, so a
 * hotline number dials with one tap; a {@code tel:} link holds only digits, {@code +},
 * spaces, hyphens and parentheses (it is written out as {@code +} and digits only), and
 * every other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}...) is
 * dropped.
 * <p>
 * Editors show a file of the media library with {@code ![](media:123)} and link a leaflet
 * with {@code [text](media:45)}. Such a reference is stored as it is (an image with any
 * other address is dropped), and {@link #withMedia} turns it into the file's public URL
 * when a page is shown, in the reader's language and only while the file is public.
 */
public final class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto", "tel");

	/** The protocols commonmark keeps: the links' and the media library's references. */
	private static final List<String> MARKDOWN_PROTOCOLS = List.of("http", "https", "mailto", "tel", "media");

	/** A reference to a file of the media library: {@code media:} and its id. */
	private static final Pattern MEDIA_REFERENCE = Pattern.compile("media:[0-9]{1,18}");

	/** A phone link: an optional +, then digits, spaces, hyphens and parentheses only. */
	private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9 ()\\-]*[0-9][0-9 ()\\-]*",
			Pattern.CASE_INSENSITIVE);

	private static final AttributePolicy PHONE_LINKS_ARE_NUMBERS = (element, attribute, value) -> {
		if (value.regionMatches(true, 0, "tel:", 0, 4)) {
			// spaces and parentheses arrive percent-encoded; a dialler needs only the
			// digits (visual separators are optional in RFC 3966)
			String number = value.replace("%20", " ").replace("%28", "(").replace("%29", ")").strip();
			return TEL.matcher(number).matches() ? "tel:" + number.substring(4).replaceAll("[^0-9+]", "") : null;
		}
		if (value.regionMatches(true, 0, "media:", 0, 6)) {
			return MEDIA_REFERENCE.matcher(value).matches() ? value : null;
		}
		return value;
	};

	/** An image's source is a media library reference, nothing else. */
	private static final AttributePolicy MEDIA_REFERENCES_ONLY = (element, attribute,
			value) -> MEDIA_REFERENCE.matcher(value).matches() ? value : null;

	/** An image whose source was dropped is dropped too, alt text and all. */
	private static final ElementPolicy IMAGES_NEED_A_SOURCE = (element, attributes) -> {
		for (int i = 0; i < attributes.size(); i += 2) {
			if ("src".equals(attributes.get(i))) {
				return element;
			}
		}
		return null;
	};

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(MARKDOWN_PROTOCOLS))
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols(MARKDOWN_PROTOCOLS.toArray(String[]::new))
			.allowAttributes("href")
			.matching(PHONE_LINKS_ARE_NUMBERS)
			.onElements("a")
			.allowAttributes("hreflang")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements(IMAGES_NEED_A_SOURCE, "img")
			.allowUrlProtocols("media")
			.allowAttributes("src")
			.matching(MEDIA_REFERENCES_ONLY)
			.onElements("img")
			.allowAttributes("alt")
			.onElements("img")
			.toFactory())
		.and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "br").toFactory());

	private MarkdownRenderer() {
	}

	/** Renders Markdown to sanitised HTML; {@code null} is treated as empty. */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		return POLICY.sanitize(html);
	}

	/**
	 * Turns the media references of stored safe HTML into the files as {@code reader}
	 * sees them (see {@link MediaLinks}), noting each file for the page cache.
	 */
	public static String withMedia(String safeHtml, SiteLocale reader, MediaEmbeds media) {
		return MediaLinks.expand(safeHtml, reader, media);
	}

}
