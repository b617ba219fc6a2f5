package org.migrantportal.directory;

import java.util.List;

/** A help contact document breaks the rules; nothing was saved. */
public class HelpContactRuleException extends RuntimeException {

	private final List<ListingProblem> problems;

	HelpContactRuleException(List<ListingProblem> problems) {
		super("The help contact breaks " + problems.size() + " rule(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ListingProblem> problems() {
		return this.problems;
	}

}
