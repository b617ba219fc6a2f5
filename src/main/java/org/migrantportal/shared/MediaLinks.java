package org.migrantportal.shared;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the {@code media:123} references that {@link MarkdownRenderer} stored into the
 * files as a reader sees them: an image with its smaller copies, its size (so the page
 * does not jump while it loads) and its alt text in the reader's language, or a link to a
 * leaflet with its type, size and language beside it. A reference to a file the public
 * may not see (unknown, in the trash, not reviewed) shows nothing: no image, only a
 * link's words. Every referenced file is noted for the page cache, so a page is rendered
 * again when one of its files is reviewed, changed or put in the trash.
 */
final class MediaLinks {

	/** The elements the sanitiser lets through for a reference, as it writes them. */
	private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>");

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"media:([0-9]{1,18})\"[^>]*>(.*?)</a>",
			Pattern.DOTALL);

	private static final Pattern SOURCE = Pattern.compile("\\bsrc=\"media:([0-9]{1,18})\"");

	private static final Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");

	private static final Pattern REFERENCE = Pattern.compile("\"media:([0-9]{1,18})\"");

	/** A public URL the media library makes: nothing here may be outside it. */
	private static final Pattern PUBLIC_PATH = Pattern.compile("/media/[0-9]{1,18}/[A-Za-z0-9._-]{1,300}");

	private MediaLinks() {
	}

	static String expand(String safeHtml, SiteLocale reader, MediaEmbeds media) {
		if (safeHtml == null || !safeHtml.contains("\"media:")) {
			return (safeHtml != null) ? safeHtml : "";
		}
		Set<Long> ids = new LinkedHashSet<>();
		Matcher references = REFERENCE.matcher(safeHtml);
		while (references.find()) {
			ids.add(Long.valueOf(references.group(1)));
		}
		ids.forEach((id) -> PageTags.item(MediaEmbeds.TAG_KIND, id));
		Map<Long, EmbeddedMedia> found = media.findPublic(ids, reader)
			.entrySet()
			.stream()
			.filter((entry) -> isSafe(entry.getValue()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		String withLinks = LINK.matcher(safeHtml)
			.replaceAll((link) -> Matcher
				.quoteReplacement(link(found.get(Long.valueOf(link.group(1))), link.group(0), link.group(2))));
		return IMAGE.matcher(withLinks).replaceAll((image) -> Matcher.quoteReplacement(image(found, image.group(0))));
	}

	private static String image(Map<Long, EmbeddedMedia> found, String element) {
		Matcher source = SOURCE.matcher(element);
		if (!source.find()) {
			return "";
		}
		EmbeddedMedia file = found.get(Long.valueOf(source.group(1)));
		if (file == null || !file.image() || file.width() == null || file.height() == null) {
			return "";
		}
		String alt;
		String lang;
		if (!file.altText().isEmpty()) {
			alt = escape(file.altText());
			lang = file.altLocale().tag();
		}
		else {
			// the words the editor wrote in the Markdown, escaped by the sanitiser
			// already
			Matcher written = ALT.matcher(element);
			alt = written.find() ? written.group(1) : "";
			lang = null;
		}
		String img = "<img src=\"" + escape(file.path()) + "\" srcset=\"" + escape(file.srcset()) + "\" sizes=\""
				+ EmbeddedMedia.SIZES + "\" width=\"" + file.width() + "\" height=\"" + file.height()
				+ "\" loading=\"lazy\" decoding=\"async\" alt=\"" + alt + "\""
				+ ((lang != null) ? " lang=\"" + escape(lang) + "\"" : "") + " />";
		if (file.webp().isEmpty()) {
			return img;
		}
		// browsers that take WebP choose among its lighter copies; the others keep the
		// img
		return "<picture><source type=\"image/webp\" srcset=\"" + escape(file.webpSrcset()) + "\" sizes=\""
				+ EmbeddedMedia.SIZES + "\" />" + img + "</picture>";
	}

	private static String link(EmbeddedMedia file, String element, String words) {
		if (file == null) {
			return words;
		}
		String opening = element.substring(0, element.indexOf('>') + 1)
			.replace("href=\"media:" + file.id() + "\"", "href=\"" + escape(file.path()) + "\"");
		String facts = file.facts().isEmpty() ? ""
				: " <span class=\"media-facts\">(" + escape(file.facts()) + ")</span>";
		return opening + words + "</a>" + facts;
	}

	/** Only URLs of the portal's own media route reach a page. */
	private static boolean isSafe(EmbeddedMedia file) {
		return PUBLIC_PATH.matcher(file.path()).matches()
				&& file.sizes().stream().allMatch((size) -> PUBLIC_PATH.matcher(size.path()).matches())
				&& file.webp().stream().allMatch((size) -> PUBLIC_PATH.matcher(size.path()).matches());
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

}
