package org.migrantportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glossary in docs/i18n.md is what the messages say: each key it lists uses the term
 * of its language, and no message uses a word the glossary says to avoid.
 */
class GlossaryTests {

	private static final List<String> BUNDLES = List.of("messages", "admin", "validation", "directory",
			"directory-admin", "hsds", "search", "audit");

	private static final List<String> LANGUAGES = List.of("en", "ka", "hy");

	@Test
	void everyListedMessageUsesTheGlossaryTerm() throws IOException {
		List<String[]> terms = table("| concept |");
		assertThat(terms).hasSizeGreaterThan(20);
		Map<String, Properties> messages = messages();
		List<String> problems = new ArrayList<>();
		for (String[] row : terms) {
			for (int column = 0; column < LANGUAGES.size(); column++) {
				String language = LANGUAGES.get(column);
				String term = row[column + 1];
				for (String key : row[4].split(",\\s*")) {
					String message = messages.get(language).getProperty(key);
					if (message == null) {
						problems.add(language + " " + key + ": no such message");
					}
					else if (!lower(message).contains(lower(term))) {
						problems.add(language + " " + key + "=" + message + " does not use \"" + term + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noMessageUsesAWordTheGlossarySaysToAvoid() throws IOException {
		List<String[]> avoided = table("| language | avoid |");
		assertThat(avoided).isNotEmpty();
		Map<String, Properties> messages = messages();
		List<String> problems = new ArrayList<>();
		for (String[] row : avoided) {
			Properties bundle = messages.get(row[0]);
			for (String key : bundle.stringPropertyNames()) {
				if (lower(bundle.getProperty(key)).contains(lower(row[1]))) {
					problems.add(row[0] + " " + key + " uses \"" + row[1] + "\"; the glossary says " + row[2]);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The rows of the glossary's table whose header starts so, as trimmed cells. */
	private static List<String[]> table(String header) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("docs/i18n.md"));
		int start = lines.indexOf("## Glossary");
		assertThat(start).as("docs/i18n.md has a glossary").isNotNegative();
		List<String[]> rows = new ArrayList<>();
		boolean inTable = false;
		for (String line : lines.subList(start, lines.size())) {
			if (line.startsWith(header)) {
				inTable = true;
			}
			else if (inTable && line.startsWith("|---")) {
				continue;
			}
			else if (inTable && line.startsWith("|")) {
				rows.add(Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
					.map(String::strip)
					.toArray(String[]::new));
			}
			else if (inTable) {
				break;
			}
		}
		return rows;
	}

	private static Map<String, Properties> messages() throws IOException {
		return Map.of("en", load(""), "ka", load("_ka"), "hy", load("_hy"));
	}

	private static Properties load(String suffix) throws IOException {
		Properties all = new Properties();
		for (String bundle : BUNDLES) {
			try (InputStream in = GlossaryTests.class.getClassLoader()
				.getResourceAsStream("i18n/" + bundle + suffix + ".properties")) {
				all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return all;
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
