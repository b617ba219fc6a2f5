package org.migrantportal.content.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.migrantportal.content.NewPage;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Slugs;

/** The form that starts a new page with its first translation. */
record NewPageForm(@NotNull Long topicId, @NotNull CountryScope country, Long organizationId,
		@NotNull SiteLocale locale, @NotBlank @Size(max = TranslationDraft.MAX_TITLE) String title,
		@Size(max = Slugs.MAX_LENGTH) String slug, @Size(max = TranslationDraft.MAX_SUMMARY) String summary,
		@Size(max = TranslationDraft.MAX_BODY) String bodyMarkdown) {

	static NewPageForm empty(SiteLocale locale, CountryScope country) {
		return new NewPageForm(null, country, null, locale, "", "", "", "");
	}

	NewPage toNewPage() {
		return new NewPage(this.topicId, this.country, this.organizationId, this.locale.tag(),
				new TranslationDraft(this.title, Slugs.orFromTitle(this.slug, this.title), this.summary,
						(this.bodyMarkdown != null) ? this.bodyMarkdown : "", "", false));
	}

}
