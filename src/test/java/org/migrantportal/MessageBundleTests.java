package org.migrantportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI strings (public site, back-office, validation) exist in every language, with the
 * same placeholders, in the right script, and every key a template uses exists.
 */
class MessageBundleTests {

	private static final List<String> BUNDLES = List.of("messages", "admin", "validation", "directory",
			"directory-admin", "hsds", "search", "editorial", "audit", "callback");

	private static final List<String> TRANSLATIONS = List.of("ka", "hy");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

	static Stream<String[]> bundlesAndLanguages() {
		return BUNDLES.stream()
			.flatMap((bundle) -> TRANSLATIONS.stream().map((language) -> new String[] { bundle, language }));
	}

	@ParameterizedTest
	@MethodSource("bundlesAndLanguages")
	void everyLanguageHasTheSameKeysAsEnglish(String bundle, String language) throws IOException {
		assertThat(load(bundle, language).stringPropertyNames()).isEqualTo(load(bundle, "").stringPropertyNames());
	}

	@ParameterizedTest
	@MethodSource("bundlesAndLanguages")
	void placeholdersAreTheSameInEveryLanguage(String bundle, String language) throws IOException {
		Properties english = load(bundle, "");
		Properties translated = load(bundle, language);
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(translated.getProperty(key))).as(key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}
	}

	@ParameterizedTest
	@MethodSource("bundlesAndLanguages")
	void translationsAreWrittenInTheirOwnScript(String bundle, String language) throws IOException {
		String script = language.equals("ka") ? "\\p{IsGeorgian}" : "\\p{IsArmenian}";
		Properties translated = load(bundle, language);
		for (String key : translated.stringPropertyNames()) {
			String value = translated.getProperty(key);
			if (value.matches(".*\\p{L}.*") && !value.matches("[\\p{IsLatin}0-9/ ]+")) {
				assertThat(value).as(key).containsPattern(script);
			}
		}
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : BUNDLES) {
			keys.addAll(load(bundle, "").stringPropertyNames());
		}
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String bundle, String language) throws IOException {
		String name = "i18n/" + bundle + (language.isEmpty() ? "" : "_" + language) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
