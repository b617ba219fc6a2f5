package org.migrantportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the YAML records of the versioned initial content
 * ({@code content/<folder>/<key>.yml}), each with a {@code translations} map of
 * per-locale attributes.
 */
public final class InitialContentFiles {

	private static final ResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	private InitialContentFiles() {
	}

	/**
	 * One record: its key (the file name), its attributes and its translations by locale
	 * tag.
	 */
	public record Record(String key, FrontMatterDocument attributes, Map<String, FrontMatterDocument> translations) {

		/**
		 * The translations the database does not have yet, by locale tag.
		 * @param exists whether the database already has the translation in a locale
		 * @param known whether a locale tag is a language the portal knows
		 */
		public Map<String, FrontMatterDocument> missing(Predicate<String> exists, Predicate<String> known) {
			Map<String, FrontMatterDocument> missing = new LinkedHashMap<>();
			this.translations.forEach((locale, text) -> {
				if (!known.test(locale)) {
					throw new IllegalStateException(this.key + " has an unknown language: " + locale);
				}
				if (!exists.test(locale)) {
					missing.put(locale, text);
				}
			});
			return missing;
		}

	}

	public static List<Record> read(String folder) {
		List<Record> records = new ArrayList<>();
		try {
			for (Resource file : RESOURCES.getResources("classpath*:content/" + folder + "/*.yml")) {
				String key = file.getFilename().replaceFirst("\\.yml$", "");
				FrontMatterDocument attributes = new FrontMatterDocument(FrontMatterDocument.readYaml(file), "");
				records.add(new Record(key, attributes, translations(key, attributes)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content/" + folder, ex);
		}
		return records;
	}

	private static Map<String, FrontMatterDocument> translations(String key, FrontMatterDocument attributes) {
		Object value = attributes.attributes().get("translations");
		if (!(value instanceof Map<?, ?> byLocale)) {
			throw new IllegalStateException(key + " has no translations");
		}
		Map<String, FrontMatterDocument> translations = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : byLocale.entrySet()) {
			if (!(entry.getValue() instanceof Map<?, ?> text)) {
				throw new IllegalStateException(key + " has a malformed translation " + entry.getKey());
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> fields = (Map<String, Object>) text;
			translations.put(entry.getKey().toString(), new FrontMatterDocument(fields, ""));
		}
		return translations;
	}

}
