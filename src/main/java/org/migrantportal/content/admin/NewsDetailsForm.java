package org.migrantportal.content.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.migrantportal.content.NewsDetails;
import org.migrantportal.shared.CountryScope;

import org.springframework.format.annotation.DateTimeFormat;

/** The form for the language-neutral facts of a news item, on its edit screen. */
record NewsDetailsForm(@NotNull CountryScope country, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		Boolean featured, Long coverMediaId, @NotNull Long version) {

	static NewsDetailsForm of(NewsDetails details) {
		return new NewsDetailsForm(details.country(), details.date(), details.featured(), details.coverMediaId(),
				details.version());
	}

	NewsDetails toDetails() {
		return new NewsDetails(this.country, this.date, Boolean.TRUE.equals(this.featured), this.coverMediaId,
				this.version);
	}

}
