package org.migrantportal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;

/**
 * A public media file as a page shows it to one reader: an image with its sizes and alt
 * text, or a document (a leaflet) with the facts a link names beside it.
 *
 * @param path the public URL of the file itself
 * @param width the image's width in pixels, null for a document
 * @param height the image's height in pixels, null for a document
 * @param sizes the smaller copies of an image, narrowest first
 * @param altText the alt text in the reader's language or its best fallback; empty when
 * no language has one
 * @param altLocale the language of {@code altText}, null when it is empty
 * @param facts what a link to a document says beside it (type, size, language), in the
 * reader's language; empty for an image
 * @param webp the WebP copies of an image (its smaller copies and, if it has one, its own
 * size), narrowest first; empty when it has none
 */
public record EmbeddedMedia(long id, boolean image, String path, Integer width, Integer height, List<Size> sizes,
		String altText, SiteLocale altLocale, String facts, List<Size> webp) {

	public EmbeddedMedia {
		sizes = List.copyOf(sizes);
		altText = (altText != null) ? altText : "";
		facts = (facts != null) ? facts : "";
		webp = (webp != null) ? List.copyOf(webp) : List.of();
	}

	/** A file without WebP copies. */
	public EmbeddedMedia(long id, boolean image, String path, Integer width, Integer height, List<Size> sizes,
			String altText, SiteLocale altLocale, String facts) {
		this(id, image, path, width, height, sizes, altText, altLocale, facts, List.of());
	}

	/** The {@code srcset} of an image's WebP copies, empty when it has none. */
	public String webpSrcset() {
		return srcset(this.webp);
	}

	/** How wide an image is shown: the whole phone, at most the text's measure. */
	public static final String SIZES = "(max-width: 40rem) 100vw, 40rem";

	/**
	 * The {@code srcset} of an image: each smaller copy and the file itself with their
	 * widths.
	 */
	public String srcset() {
		List<Size> candidates = new ArrayList<>(this.sizes);
		if (this.width != null) {
			candidates.add(new Size(this.width, this.path));
		}
		return srcset(candidates);
	}

	/** Each copy's URL and width, as a {@code srcset} lists them. */
	private static String srcset(List<Size> candidates) {
		return candidates.stream()
			.map((size) -> size.path() + " " + size.width() + "w")
			.collect(Collectors.joining(", "));
	}

	/** The {@code sizes} attribute that goes with {@link #srcset()}. */
	public String shownSizes() {
		return SIZES;
	}

	/** The language tag of the alt text, or null when there is none. */
	public String altLang() {
		return (this.altLocale != null) ? this.altLocale.tag() : null;
	}

	/** A smaller copy of an image and its URL. */
	public record Size(int width, String path) {
	}

}
