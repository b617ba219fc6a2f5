package org.migrantportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI strings exist in every language, with the same placeholders, in the right
 * script.
 */
class MessageBundleTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void everyLanguageHasTheSameKeysAsEnglish(String language) throws IOException {
		assertThat(load(language).stringPropertyNames()).isEqualTo(load("").stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void placeholdersAreTheSameInEveryLanguage(String language) throws IOException {
		Properties english = load("");
		Properties translated = load(language);
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(translated.getProperty(key))).as(key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void translationsAreWrittenInTheirOwnScript(String language) throws IOException {
		String script = language.equals("ka") ? "\\p{IsGeorgian}" : "\\p{IsArmenian}";
		Properties translated = load(language);
		for (String key : translated.stringPropertyNames()) {
			String value = translated.getProperty(key);
			if (value.matches(".*\\p{L}.*") && !value.matches("[\\p{IsLatin}0-9/ ]+")) {
				assertThat(value).as(key).containsPattern(script);
			}
		}
		assertThat(translated.getProperty("site.name")).containsPattern(script);
	}

	@ParameterizedTest
	@ValueSource(strings = { "" })
	void everyKeyATemplateUsesExists(String language) throws IOException {
		Set<String> keys = load(language).stringPropertyNames();
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

	private static Properties load(String language) throws IOException {
		String name = language.isEmpty() ? "i18n/messages.properties" : "i18n/messages_" + language + ".properties";
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
