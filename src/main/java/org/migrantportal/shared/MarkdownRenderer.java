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
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns editor Markdown into HTML that is safe to put on a page: rendered with commonmark
 * and then sanitised with the OWASP policy, so no script, event handler or foreign embed
 * survives. Content is rendered once, when it is saved, and both forms are stored. Links
 * may be web addresses, relative paths, {@code mailto:} and {@code tel:} links, so a
 * hotline number dials with one tap; a {@code tel:} link holds only digits, {@code +},
 * spaces, hyphens and parentheses (it is written out as {@code +} and digits only), and
 * every other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}...) is
 * dropped.
 */
public final class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto", "tel");

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
		return value;
	};

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(LINK_PROTOCOLS))
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols(LINK_PROTOCOLS.toArray(String[]::new))
			.allowAttributes("href")
			.matching(PHONE_LINKS_ARE_NUMBERS)
			.onElements("a")
			.allowAttributes("hreflang")
			.onElements("a")
			.requireRelsOnLinks("noopener", "noreferrer")
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

}
