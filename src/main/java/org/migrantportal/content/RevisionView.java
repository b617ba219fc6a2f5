package org.migrantportal.content;

/** One saved state of a translation, whole, with its rendered preview. */
public record RevisionView(RevisionSummary summary, TranslationDraft text, String bodyHtml) {
}
