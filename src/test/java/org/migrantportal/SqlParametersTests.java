package org.migrantportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL is written with bind parameters, never glued together with values (INP-05): a
 * source check over {@code src/main/java} finds every SQL argument of JDBC, JdbcClient,
 * JPA and Spring Data calls that is concatenated, formatted or appended from anything but
 * string literals and {@code UPPER_CASE} constants, following local variables and string
 * builders, and SQL that arrives as a {@code String} parameter. What is left was reviewed
 * and is listed below with the reason it is safe.
 */
class SqlParametersTests {

	/** Reviewed findings, as "file: expression", each with why it is safe. */
	static final Map<String, String> REVIEWED = Map.of(
			// the table name: ContentTrash, ListingTrash and HelpContactTrash pass
			// literals
			"TrashedBy.java: table", "a table name from literals in the callers",
			// the loop runs over a List.of of literal table names just above
			"ListingTables.java: table", "a table name from a literal list",
			// usedElsewhere is private; its three callers pass literal SQL
			"HsdsExchange.java: sql", "literal SQL from the private method's three callers",
			// execute(connection, sql) is private; it is called with two literals
			"FlywayWithoutTimeouts.java: sql", "literal SQL from the private method's two callers",
			// a literal alias; the method returns "" or " and not <alias>.sample" by a
			// setting
			"ServiceDirectory.java: realOnly(\"l\")", "a literal alias in a fixed clause chosen by a setting",
			// where() appends only constant fragments with :named parameters to matching,
			// and with() joins constant common table expressions (and that text)
			"ServiceMatches.java: matching", "constant fragments with bind parameters, appended by where()",
			"ServiceMatches.java: with(filter, null)", "constant common table expressions chosen by the filter",
			"ServiceMatches.java: with(filter, \"matches as materialized (select e.service_id, e.sort_key \" + matching + \")\")",
			"constant common table expressions around the constant-built matching");

	private static final Pattern CALL = Pattern.compile("(\\.sql|\\.query|\\.update|\\.queryForObject|\\.queryForList"
			+ "|\\.queryForMap|\\.queryForStream|\\.batchUpdate|\\.execute|\\.executeQuery|\\.executeUpdate"
			+ "|\\.prepareStatement|\\bcreateNativeQuery|\\bcreateQuery|@Query|@NativeQuery)\\s*\\(");

	private static final Pattern CONSTANT = Pattern.compile("([A-Za-z_][\\w]*\\.)*[A-Z][A-Z0-9_]*|\\d+|§");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][\\w]*(\\.toString\\(\\))?");

	@Test
	void sqlInMainCodeIsBuiltFromConstantsAndBindParametersOnly() throws IOException {
		List<String> findings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				findings.addAll(findIn(file.getFileName().toString(), Files.readString(file)));
			}
		}
		Set<String> unreviewed = new LinkedHashSet<>();
		Set<String> used = new HashSet<>();
		for (String finding : findings) {
			String key = finding.replaceFirst(":\\d+:", ":");
			if (REVIEWED.containsKey(key)) {
				used.add(key);
			}
			else {
				unreviewed.add(finding);
			}
		}
		assertThat(unreviewed).as("SQL concatenated from values: use bind parameters (:name or ?)").isEmpty();
		assertThat(REVIEWED.keySet()).as("reviewed cases that no longer exist").isSubsetOf(used);
	}

	@Test
	void theCheckFindsValuesConcatenatedIntoSql() {
		assertThat(findIn("A.java", """
				class A {
					void a(String name, HttpServletRequest request) {
						jdbc.sql("select * from account where email = '" + name + "'").query(Long.class);
						em.createQuery("from Account where role = " + request.getParameter("role")).getResultList();
						jdbcTemplate.queryForObject("select " + column + " from x", Long.class);
						jdbc.sql("select 1 where x = %s".formatted(name)).update();
					}
				}
				""")).containsExactly("A.java:3: name", "A.java:4: request.getParameter(\"role\")", "A.java:5: column",
				"A.java:6: \"select 1 where x = %s\".formatted(name)");
		assertThat(findIn("B.java", """
				class B {
					void b(String id, String sql) {
						StringBuilder query = new StringBuilder("select * from x where true");
						query.append(" and id = " + id);
						String where = " and y = '" + id + "'";
						where += suffix();
						jdbc.sql(query.toString()).query(Long.class);
						jdbc.sql(where).update();
						jdbcTemplate.update(sql, id);
					}
				}
				""")).containsExactly("B.java:4: id", "B.java:5: id", "B.java:6: suffix()", "B.java:2: sql");
	}

	@Test
	void theCheckLeavesConstantsLiteralsAndBindParametersAlone() {
		assertThat(findIn("C.java", """
				interface C {
					String SELECT = "select * from x";
					@Query("select a from A a " + "where a.b = :b") List<A> byB(String b);
					@Query(value = "select 1 + 1 " + Tables.NAME, nativeQuery = true) int two();
					default void c(Long id, String name) {
						// jdbc.sql("select " + name) in a comment
						jdbc.sql(SELECT + " where id = :id and n = '+' + :name").param("id", id).query(this::row);
						jdbc.sql(\"""
								select "a" + 'b' from x where y = :y
								\""").param("y", name + "!").update();
						transactions.execute((status) -> added + 1);
						StringBuilder sql = new StringBuilder("select " + SELECT);
						sql.append(" order by 1");
						jdbc.sql(sql.toString()).query(Long.class);
						digest.update(bytes);
					}
				}
				""")).isEmpty();
	}

	/**
	 * Every SQL argument in one source file built from something other than literals and
	 * constants, as "file:line: expression".
	 */
	static List<String> findIn(String fileName, String source) {
		String code = blankCommentsAndLiterals(source);
		Set<String> findings = new LinkedHashSet<>();
		Matcher call = CALL.matcher(code);
		while (call.find()) {
			int start = call.end();
			int end = argumentEnd(code, start);
			String argument = code.substring(start, end).replaceFirst("^\\s*(value|name)\\s*=", "");
			int offset = end - argument.length();
			if (!argument.contains("->")) {
				check(fileName, source, code, offset, argument, false, findings, new HashSet<>());
			}
		}
		return new ArrayList<>(findings);
	}

	/**
	 * Checks an expression; {@code strict} for one that was found to build SQL, where any
	 * value but a constant is a finding, not just those concatenated.
	 */
	private static void check(String file, String source, String code, int offset, String expression, boolean strict,
			Set<String> findings, Set<String> followed) {
		int lead = expression.length() - expression.stripLeading().length();
		String text = expression.strip();
		int from = offset + lead;
		if (text.isEmpty()) {
			return;
		}
		int question = topLevel(text, '?');
		if (question >= 0) {
			int colon = topLevel(text.substring(question + 1), ':') + question + 1;
			check(file, source, code, from + question + 1, text.substring(question + 1, colon), strict, findings,
					followed);
			check(file, source, code, from + colon + 1, text.substring(colon + 1), strict, findings, followed);
			return;
		}
		List<int[]> operands = splitOnPlus(text);
		boolean concatenated = operands.size() > 1;
		for (int[] operand : operands) {
			String part = text.substring(operand[0], operand[1]);
			int at = from + operand[0] + (part.length() - part.stripLeading().length());
			part = part.strip();
			if (CONSTANT.matcher(part).matches()) {
				continue;
			}
			if (part.startsWith("(") && part.endsWith(")") && argumentEnd(part, 1) == part.length() - 1) {
				check(file, source, code, at + 1, part.substring(1, part.length() - 1), true, findings, followed);
			}
			else if (part.startsWith("new StringBuilder(") && part.endsWith(")")) {
				check(file, source, code, at + 18, part.substring(18, part.length() - 1), true, findings, followed);
			}
			else if (!concatenated && IDENTIFIER.matcher(part).matches()) {
				follow(file, source, code, part.replace(".toString()", ""), findings, followed);
			}
			else if (concatenated || strict || part.contains(".formatted(") || part.startsWith("String.format(")) {
				findings.add(file + ":" + line(code, at) + ": " + source.substring(at, at + part.length()));
			}
		}
	}

	/**
	 * Checks what a variable that is used as SQL is built from in the file: its
	 * initialisers, assignments and appends; a String parameter is a finding.
	 */
	private static void follow(String file, String source, String code, String name, Set<String> findings,
			Set<String> followed) {
		if (!followed.add(name)) {
			return;
		}
		String id = Pattern.quote(name);
		Matcher declaration = Pattern.compile("\\b(String|StringBuilder|var)\\s+" + id + "\\s*([=,)])").matcher(code);
		while (declaration.find()) {
			if (!declaration.group(2).equals("=")) {
				if (declaration.group(1).equals("String")) {
					findings.add(file + ":" + line(code, declaration.start()) + ": " + name);
				}
				continue;
			}
			int end = code.indexOf(';', declaration.end());
			check(file, source, code, declaration.end(), code.substring(declaration.end(), end), true, findings,
					followed);
		}
		Matcher assignment = Pattern.compile("(?<![\\w.])" + id + "\\s*(\\+?=(?!=)|\\.append\\()").matcher(code);
		while (assignment.find()) {
			if (code.substring(Math.max(0, assignment.start() - 20), assignment.start())
				.matches("(?s).*\\b(String|StringBuilder|var)\\s+$")) {
				continue;
			}
			int end = assignment.group(1).equals(".append(") ? argumentEnd(code, assignment.end())
					: code.indexOf(';', assignment.end());
			check(file, source, code, assignment.end(), code.substring(assignment.end(), end), true, findings,
					followed);
		}
	}

	/** Where the argument starting at {@code start} ends: its comma or closing paren. */
	private static int argumentEnd(String code, int start) {
		int depth = 0;
		for (int i = start; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
				return i;
			}
			else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return code.length();
	}

	private static int topLevel(String text, char wanted) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
			if (c == wanted && depth == 0) {
				return i;
			}
		}
		return (wanted == ':') ? text.length() : -1;
	}

	private static List<int[]> splitOnPlus(String text) {
		List<int[]> operands = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
			if (c == '+' && depth == 0) {
				operands.add(new int[] { start, i });
				start = i + 1;
			}
		}
		operands.add(new int[] { start, text.length() });
		return operands;
	}

	private static int line(String code, int at) {
		return (int) code.substring(0, at).chars().filter((c) -> c == '\n').count() + 1;
	}

	/**
	 * The source with comments blanked and every string, text block and character literal
	 * replaced by one {@code §} and spaces, so offsets and lines stay as they were.
	 */
	static String blankCommentsAndLiterals(String source) {
		StringBuilder out = new StringBuilder(source);
		int i = 0;
		while (i < source.length()) {
			int end;
			char mark = '§';
			if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i);
				mark = ' ';
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i + 2) + 2;
				mark = ' ';
			}
			else if (source.startsWith("\"\"\"", i)) {
				end = source.indexOf("\"\"\"", i + 3) + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				end = i + 1;
				while (end < source.length() && source.charAt(end) != source.charAt(i)) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				end++;
			}
			else {
				i++;
				continue;
			}
			end = (end <= i) ? source.length() : Math.min(end, source.length());
			for (int k = i; k < end; k++) {
				out.setCharAt(k, (k == i) ? mark : (source.charAt(k) == '\n') ? '\n' : ' ');
			}
			i = end;
		}
		return out.toString();
	}

}
