package org.migrantportal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;

/**
 * A Markdown file with a YAML front matter block between two {@code ---} lines, the form
 * the versioned initial content is written in; also reads plain YAML files.
 *
 * @param attributes the front matter
 * @param body the Markdown after it
 */
public record FrontMatterDocument(Map<String, Object> attributes, String body) {

	private static final String FENCE = "---";

	public static FrontMatterDocument parse(String text) {
		String normalized = text.replace("\r\n", "\n");
		if (normalized.startsWith("\uFEFF")) {
			normalized = normalized.substring(1);
		}
		if (!normalized.startsWith(FENCE + "\n")) {
			return new FrontMatterDocument(Map.of(), normalized.strip());
		}
		int end = normalized.indexOf("\n" + FENCE, FENCE.length());
		if (end < 0) {
			throw new IllegalArgumentException("Front matter is not closed by a --- line");
		}
		String yaml = normalized.substring(FENCE.length() + 1, end);
		int bodyStart = normalized.indexOf('\n', end + 1);
		String body = (bodyStart < 0) ? "" : normalized.substring(bodyStart + 1);
		return new FrontMatterDocument(yaml(yaml), body.strip());
	}

	public static FrontMatterDocument read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource.getDescription(), ex);
		}
	}

	/** Reads a plain YAML file into a map. */
	public static Map<String, Object> readYaml(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource.getDescription(), ex);
		}
	}

	private static Map<String, Object> yaml(String text) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		if (loaded == null) {
			return Map.of();
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("Front matter is not a mapping");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> attributes = (Map<String, Object>) map;
		return attributes;
	}

	public String string(String key) {
		Object value = this.attributes.get(key);
		return (value != null) ? value.toString().strip() : null;
	}

	public String requiredString(String key) {
		String value = string(key);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("Front matter lacks '" + key + "'");
		}
		return value;
	}

	/**
	 * A date ({@code 2021-03-16}, which YAML may already have read as a timestamp), or
	 * null.
	 */
	public LocalDate date(String key) {
		Object value = this.attributes.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
		}
		return LocalDate.parse(value.toString().strip());
	}

	public boolean flag(String key) {
		return Boolean.parseBoolean(string(key));
	}

	public int integer(String key, int defaultValue) {
		String value = string(key);
		return (value != null) ? Integer.parseInt(value) : defaultValue;
	}

}
