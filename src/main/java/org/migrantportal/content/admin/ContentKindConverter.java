package org.migrantportal.content.admin;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentNotFoundException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the kind of content from its URL segment ({@code pages}, {@code topics});
 * anything else is not found.
 */
@Component
class ContentKindConverter implements Converter<String, ContentKind> {

	@Override
	public ContentKind convert(String source) {
		return ContentKind.fromSegment(source).orElseThrow(ContentNotFoundException::page);
	}

}
