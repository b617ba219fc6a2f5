package org.migrantportal.content.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.migrantportal.content.TranslationDraft;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Slugs;

/** The form that starts a new topic with its first translation. */
record NewTopicForm(@NotNull SiteLocale locale, @NotBlank @Size(max = TranslationDraft.MAX_TITLE) String title,
		@Size(max = Slugs.MAX_LENGTH) String slug, @Size(max = TranslationDraft.MAX_SUMMARY) String summary,
		@Size(max = TranslationDraft.MAX_BODY) String bodyMarkdown) {

	static NewTopicForm empty(SiteLocale locale) {
		return new NewTopicForm(locale, "", "", "", "");
	}

	TranslationDraft toDraft() {
		return new TranslationDraft(this.title, Slugs.orFromTitle(this.slug, this.title), this.summary,
				(this.bodyMarkdown != null) ? this.bodyMarkdown : "", "", false);
	}

}
