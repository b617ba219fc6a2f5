package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.migrantportal.directory.ListingProblem;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.shared.CountryScope;

import static org.assertj.core.api.Assertions.assertThat;

class ListingFormTests {

	@Test
	void blankSlugIsProposedFromTheNameInTheFormsLanguage() {
		assertThat(slugOf(form("მიგრანტთა რესურს ცენტრი", ""), "ka")).isEqualTo("migrantta-resurs-tsentri");
		assertThat(slugOf(form("Միգրանտների ռեսուրսային կենտրոն", "  "), "hy"))
			.isEqualTo("migrantneri-resursayin-kentron");
	}

	@Test
	void slugTheEditorTypedIsKept() {
		assertThat(slugOf(form("მიგრანტთა რესურს ცენტრი", " mrc-tbilisi "), "ka")).isEqualTo("mrc-tbilisi");
	}

	private static String slugOf(ListingForm form, String locale) {
		List<ListingProblem> problems = new ArrayList<>();
		ServiceListingDocument document = form.toDocument(null, locale, problems);
		return document.texts().get(locale).slug();
	}

	private static ListingForm form(String name, String slug) {
		ListingForm empty = ListingForm.empty(1L, CountryScope.GEORGIA);
		return new ListingForm(empty.version(), empty.organizationId(), empty.country(), empty.status(),
				empty.freeOfCharge(), empty.email(), empty.url(), empty.timeZone(), empty.categories(),
				empty.languages(), name, slug, empty.description(), empty.eligibility(), empty.feesDescription(),
				empty.places(), empty.phones(), empty.hours());
	}

}
