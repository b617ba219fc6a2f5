package org.migrantportal.shared;

/**
 * A public view that can describe its page in a sentence or two: the page's
 * {@code <meta name="description">}.
 */
public interface Described {

	/**
	 * The description, in the language the visitor asked for; {@code null} or blank when
	 * there is none in that language (a fallback translation), and the page's fixed
	 * description is used instead.
	 * @return a short plain text, or {@code null}
	 */
	String metaDescription();

}
