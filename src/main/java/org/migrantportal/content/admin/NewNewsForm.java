package org.migrantportal.content.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.migrantportal.content.NewsDetails;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Slugs;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that starts a news item with its first translation. */
record NewNewsForm(@NotNull CountryScope country, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		Boolean featured, Long coverMediaId, @NotNull SiteLocale locale,
		@NotBlank @Size(max = TranslationDraft.MAX_TITLE) String title, @Size(max = Slugs.MAX_LENGTH) String slug,
		@Size(max = TranslationDraft.MAX_SUMMARY) String summary,
		@Size(max = TranslationDraft.MAX_BODY) String bodyMarkdown) {

	static NewNewsForm empty(SiteLocale locale, CountryScope country) {
		return new NewNewsForm(country, null, false, null, locale, "", "", "", "");
	}

	NewsDetails toDetails() {
		return new NewsDetails(this.country, this.date, Boolean.TRUE.equals(this.featured), this.coverMediaId, 0);
	}

	TranslationDraft toDraft() {
		return new TranslationDraft(this.title, Slugs.orFromTitle(this.slug, this.title), this.summary,
				(this.bodyMarkdown != null) ? this.bodyMarkdown : "", "", false);
	}

}
