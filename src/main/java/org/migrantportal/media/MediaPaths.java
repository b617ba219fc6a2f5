package org.migrantportal.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrantportal.shared.Slugs;

/**
 * The public URL of a media file: {@code /media/{id}/{hash}-{name}.{ext}}, or
 * {@code /media/{id}/{hash}-w{width}-{name}.{ext}} for a smaller copy. The first twelve
 * characters of the content hash make the URL change whenever the file does, so a URL can
 * be cached for ever; the name is only there for people and is not checked.
 */
public final class MediaPaths {

	/** How much of the content hash the URL carries. */
	static final int HASH_LENGTH = 12;

	private static final Pattern SLUG = Pattern
		.compile("([0-9a-f]{" + HASH_LENGTH + "})(?:-w([0-9]{2,5}))?(?:-[a-z0-9-]*)?");

	private MediaPaths() {
	}

	static String of(long id, String contentHash, String name, MediaFormat format, Integer width) {
		String slug = Slugs.fromTitle(stem(name).toLowerCase(Locale.ROOT));
		return "/media/" + id + "/" + contentHash.substring(0, HASH_LENGTH) + ((width != null) ? "-w" + width : "")
				+ (slug.isEmpty() ? "" : "-" + slug) + "." + format.extension();
	}

	/**
	 * The hash prefix and the width (null for the file itself) a slug names, if it is
	 * one.
	 */
	static Optional<Named> parse(String slug) {
		if (slug == null) {
			return Optional.empty();
		}
		Matcher matcher = SLUG.matcher(slug);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Integer width = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		return Optional.of(new Named(matcher.group(1), width));
	}

	private static String stem(String name) {
		if (name == null) {
			return "";
		}
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	/** What a public URL's slug names. */
	record Named(String hashPrefix, Integer width) {
	}

}
