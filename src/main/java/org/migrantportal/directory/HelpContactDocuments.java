package org.migrantportal.directory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a help contact document as JSON for its revision, and reads it back; map entries
 * ordered by key, so one document always gives the same text.
 */
final class HelpContactDocuments {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private HelpContactDocuments() {
	}

	static String toJson(HelpContactDocument document) {
		try {
			return JSON.writeValueAsString(document);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A help contact document could not be written", ex);
		}
	}

	static HelpContactDocument fromJson(String json) {
		try {
			return JSON.readValue(json, HelpContactDocument.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A stored help contact document could not be read", ex);
		}
	}

}
