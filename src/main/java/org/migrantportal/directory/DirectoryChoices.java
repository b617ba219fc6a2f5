package org.migrantportal.directory;

import java.util.List;

/**
 * The values the directory's filter form offers: categories, the places and languages
 * published services have, each named in the visitor's language.
 */
public record DirectoryChoices(List<String> categories, List<Choice> places, List<Choice> languages) {

	/** A value of a filter and its name in the visitor's language. */
	public record Choice(String value, String name) {
	}

}
