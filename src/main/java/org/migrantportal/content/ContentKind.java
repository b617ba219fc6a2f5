package org.migrantportal.content;

import java.util.Optional;

/**
 * What the back-office edits: a page, a topic or a news item; its path segment names it
 * in URLs.
 */
public enum ContentKind {

	PAGE("pages"), TOPIC("topics"), NEWS("news");

	private final String segment;

	ContentKind(String segment) {
		this.segment = segment;
	}

	public String segment() {
		return this.segment;
	}

	public static Optional<ContentKind> fromSegment(String segment) {
		for (ContentKind kind : values()) {
			if (kind.segment.equals(segment)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	TranslationRevision.SubjectType subjectType() {
		return TranslationRevision.SubjectType.valueOf(name());
	}

}
