package org.migrantportal.shared;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns editor Markdown into HTML that is safe to put on a page: rendered with commonmark
 * and then sanitised with the OWASP policy, so no script, event handler or foreign embed
 * survives. Content is rendered once, when it is saved, and both forms are stored.
 */
public final class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowStandardUrlProtocols()
			.allowAttributes("href", "hreflang")
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
