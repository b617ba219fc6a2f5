package org.migrantportal.directory;

import java.util.List;

/** An HSDS file that cannot be imported; nothing was changed. */
public class HsdsImportException extends RuntimeException {

	private final List<HsdsProblem> problems;

	HsdsImportException(List<HsdsProblem> problems) {
		super("The HSDS file has " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<HsdsProblem> problems() {
		return this.problems;
	}

}
