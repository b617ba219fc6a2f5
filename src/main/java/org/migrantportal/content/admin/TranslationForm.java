package org.migrantportal.content.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.migrantportal.content.EditableTranslation;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.shared.Slugs;

/**
 * The editor's form for one translation; {@code version} is the version they loaded.
 * Wrapper types, so a tampered value is a field error rather than a form that cannot be
 * built.
 */
record TranslationForm(@NotBlank @Size(max = TranslationDraft.MAX_TITLE) String title,
		@Size(max = Slugs.MAX_LENGTH) String slug, @Size(max = TranslationDraft.MAX_SUMMARY) String summary,
		@Size(max = TranslationDraft.MAX_BODY) String bodyMarkdown, @Size(max = TranslationDraft.MAX_NOTE) String note,
		Boolean minorChange, Long version, Long basedOnSourceRevision) {

	static TranslationForm of(EditableTranslation translation) {
		TranslationDraft draft = translation.draft();
		return new TranslationForm(draft.title(), draft.slug(), draft.summary(), draft.bodyMarkdown(), "", false,
				translation.version(), (translation.source() != null) ? translation.source().revisionId() : null);
	}

	static TranslationForm of(TranslationDraft draft, long version) {
		return new TranslationForm(draft.title(), draft.slug(), draft.summary(), draft.bodyMarkdown(), draft.note(),
				draft.minorChange(), version, draft.basedOnSourceRevision());
	}

	TranslationDraft toDraft() {
		return new TranslationDraft(this.title, Slugs.orFromTitle(this.slug, this.title), this.summary,
				(this.bodyMarkdown != null) ? this.bodyMarkdown : "", this.note, Boolean.TRUE.equals(this.minorChange),
				this.basedOnSourceRevision);
	}

	long loadedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	TranslationForm withVersion(long newVersion) {
		return new TranslationForm(this.title, this.slug, this.summary, this.bodyMarkdown, this.note, this.minorChange,
				newVersion, this.basedOnSourceRevision);
	}

}
