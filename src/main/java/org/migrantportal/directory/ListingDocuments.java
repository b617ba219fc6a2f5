package org.migrantportal.directory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a listing document as JSON for its revision, and reads it back. Map entries are
 * ordered by key, so one document always gives the same text.
 */
final class ListingDocuments {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ListingDocuments() {
	}

	static String toJson(ServiceListingDocument document) {
		try {
			return JSON.writeValueAsString(document);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A listing document could not be written", ex);
		}
	}

	static ServiceListingDocument fromJson(String json) {
		try {
			return JSON.readValue(json, ServiceListingDocument.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A stored listing document could not be read", ex);
		}
	}

}
