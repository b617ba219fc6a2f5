package org.migrantportal.directory;

import java.util.List;

/** A listing document breaks the directory's rules; nothing was saved. */
public class ListingRuleException extends RuntimeException {

	private final List<ListingProblem> problems;

	public ListingRuleException(List<ListingProblem> problems) {
		super("The listing breaks " + problems.size() + " rule(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ListingProblem> problems() {
		return this.problems;
	}

}
