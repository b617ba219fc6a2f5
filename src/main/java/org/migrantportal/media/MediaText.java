package org.migrantportal.media;

/**
 * A media file's words in one language, trimmed; empty strings where nothing was written.
 *
 * @param title what staff call and search the file by
 * @param altText what an image shows, for people who cannot see it
 * @param caption the line shown under it
 */
public record MediaText(String title, String altText, String caption) {

	public static final int TITLE_LENGTH = 300;

	public static final int ALT_TEXT_LENGTH = 1000;

	public static final int CAPTION_LENGTH = 2000;

	public static final MediaText EMPTY = new MediaText("", "", "");

	public MediaText {
		title = clean(title);
		altText = clean(altText);
		caption = clean(caption);
	}

	public boolean isEmpty() {
		return this.title.isEmpty() && this.altText.isEmpty() && this.caption.isEmpty();
	}

	/** Whether every field fits its column. */
	public boolean fits() {
		return this.title.length() <= TITLE_LENGTH && this.altText.length() <= ALT_TEXT_LENGTH
				&& this.caption.length() <= CAPTION_LENGTH;
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
