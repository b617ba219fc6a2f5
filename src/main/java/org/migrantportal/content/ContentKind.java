package org.migrantportal.content;

import java.util.Optional;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.shared.StaffRole;

/**
 * What the back-office edits: a page, a topic or a news item; its path segment names it
 * in URLs.
 */
public enum ContentKind {

	PAGE("pages", true), TOPIC("topics", false), NEWS("news", true);

	private final String segment;

	private final EditableKind editable;

	ContentKind(String segment, boolean trashable) {
		this.segment = segment;
		this.editable = new EditableKind(name(), StaffRole.TRANSLATOR, trashable);
	}

	/** This kind as the editorial workflow knows it; topics hold pages, so no trash. */
	public EditableKind editable() {
		return this.editable;
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
