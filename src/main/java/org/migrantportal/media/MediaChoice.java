package org.migrantportal.media;

/**
 * A reviewed file an editor may put into a text.
 *
 * @param title its title in the editor's language, else another
 * @param previewPath the back-office URL of a thumbnail; null for documents
 * @param altText its alt text in the editor's language or the best fallback, for the
 * snippet; empty when none
 */
public record MediaChoice(long id, MediaKind kind, String title, String previewPath, String altText) {

	/** The Markdown that shows the file: an image, or a link to a document. */
	public String markdown() {
		String words = (this.kind == MediaKind.IMAGE ? this.altText : this.title).replaceAll("[\\[\\]\\\\\\r\\n]", " ")
			.strip();
		return (this.kind == MediaKind.IMAGE ? "!" : "") + "[" + words + "](media:" + this.id + ")";
	}

}
