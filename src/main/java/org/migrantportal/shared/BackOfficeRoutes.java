package org.migrantportal.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpMethod;

/**
 * The access rules of one module's back-office URLs, contributed as a bean; the
 * back-office security chain collects every module's rules. A URL no rule names is open
 * to every logged-in staff member, so a module names only what needs more than that.
 * <p>
 * Rules are applied strictest first ({@link #STRICTEST_FIRST}): where two rules match a
 * request, the one asking for the higher role wins, whichever module declared it and in
 * whatever order. A rule can therefore only narrow who may use a URL, never widen what
 * another rule closed.
 *
 * @param module the module that declares the rules, for messages and documentation
 * @param rules its rules
 */
public record BackOfficeRoutes(String module, List<Rule> rules) {

	/**
	 * Strictest role first; among rules of one role, a rule for one HTTP method before a
	 * rule for any method (among those the outcome is the same whichever matches first; a
	 * stable sort keeps the order they were collected in).
	 */
	public static final Comparator<Rule> STRICTEST_FIRST = Comparator.comparing(Rule::leastRole)
		.reversed()
		.thenComparing((rule) -> rule.method() == null);

	public BackOfficeRoutes {
		Objects.requireNonNull(module, "module");
		rules = List.copyOf(rules);
	}

	public static BackOfficeRoutes of(String module, Rule... rules) {
		return new BackOfficeRoutes(module, List.of(rules));
	}

	/** Only this role and those above it may use these patterns, with any HTTP method. */
	public static Rule anyMethod(StaffRole leastRole, String... patterns) {
		return new Rule(null, List.of(patterns), leastRole);
	}

	/** Only this role and those above it may send this HTTP method to these patterns. */
	public static Rule method(HttpMethod method, StaffRole leastRole, String... patterns) {
		return new Rule(Objects.requireNonNull(method, "method"), List.of(patterns), leastRole);
	}

	/**
	 * One rule: path patterns (Spring's {@code PathPattern} syntax, all under
	 * {@code /admin}), the HTTP method they apply to and the least role.
	 *
	 * @param method the HTTP method, or null for any
	 * @param patterns the path patterns
	 * @param leastRole the least role that may use them
	 */
	public record Rule(HttpMethod method, List<String> patterns, StaffRole leastRole) {

		public Rule {
			Objects.requireNonNull(leastRole, "leastRole");
			patterns = List.copyOf(patterns);
			if (patterns.isEmpty()) {
				throw new IllegalArgumentException("A rule names at least one path pattern");
			}
			for (String pattern : patterns) {
				if (!pattern.startsWith("/admin/") && !pattern.equals("/admin")) {
					throw new IllegalArgumentException("A back-office rule lives under /admin: " + pattern);
				}
				if (pattern.equals("/admin/**")) {
					// the fallback for every logged-in staff member belongs to the chain
					throw new IllegalArgumentException("A module's rule names its own URLs, not all of /admin");
				}
			}
		}

		/** The Spring Security role name, without the {@code ROLE_} prefix. */
		public String roleName() {
			return this.leastRole.name();
		}

	}

}
