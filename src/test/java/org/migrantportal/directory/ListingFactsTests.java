package org.migrantportal.directory;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.WordDiff;

import static org.assertj.core.api.Assertions.assertThat;

class ListingFactsTests {

	private final ListingFacts facts = ListingFacts.inWords();

	@Test
	void factsAreWordsOfTheGivenLanguageNotCodes() {
		String georgian = this.facts.describe(listing(true, PhoneKind.CELL), "ka");
		assertThat(georgian).contains("საქართველო")
			.contains("მოქმედი")
			.contains("უფასო")
			.contains("იურიდიული დახმარება")
			.contains("რუსული")
			.contains("მობილური")
			.contains("ცხელი ხაზი")
			.contains("ორშაბათი 10:00–18:00")
			.contains("ნიმუშის ქუჩა 1");
		String english = this.facts.describe(listing(false, PhoneKind.FAX), "en");
		assertThat(english).contains("Georgia")
			.contains("Active")
			.contains("Fees may apply")
			.contains("Documents, Legal aid")
			.contains("Georgian, Russian")
			.contains("Fax")
			.contains("Monday 10:00–18:00");
		String armenian = this.facts.describe(listing(true, PhoneKind.VOICE), "hy");
		assertThat(armenian).contains("Վրաստան").contains("Անվճար").contains("Երկուշաբթի");
		for (String text : List.of(georgian, english, armenian)) {
			assertThat(text).doesNotContain("GEORGIA", "ACTIVE", "legal-aid", "CELL", "FAX", "VOICE", "MONDAY", " free",
					" paid", "ka,", " ru");
		}
	}

	@Test
	void aChangedFactIsOneChangedParagraphInWords() {
		List<WordDiff.Segment> segments = this.facts.compare(listing(true, PhoneKind.VOICE),
				listing(false, PhoneKind.VOICE), "en");
		assertThat(segments).filteredOn((segment) -> segment.kind() == WordDiff.Kind.REMOVED)
			.extracting(WordDiff.Segment::text)
			.anySatisfy((text) -> assertThat(text).contains("Free of charge"));
		assertThat(segments).filteredOn((segment) -> segment.kind() == WordDiff.Kind.ADDED)
			.extracting(WordDiff.Segment::text)
			.anySatisfy((text) -> assertThat(text).contains("Fees may apply"));
	}

	@Test
	void anUnknownCategoryIsShownAsItsCode() {
		ServiceListingDocument document = listing(true, PhoneKind.VOICE);
		ServiceListingDocument odd = new ServiceListingDocument(document.hsdsId(), 7L, CountryScope.ARMENIA,
				ServiceStatus.INACTIVE, true, null, null, "Asia/Yerevan", "hy", List.of("astrology"), List.of(),
				Map.of(), List.of(), List.of(), List.of());
		assertThat(this.facts.describe(odd, "en")).contains("astrology")
			.contains("Armenia")
			.contains("No longer offered")
			.contains("Organization no. 7");
	}

	private static ServiceListingDocument listing(boolean free, PhoneKind phoneKind) {
		return new ServiceListingDocument(UUID.randomUUID(), 7L, CountryScope.GEORGIA, ServiceStatus.ACTIVE, free,
				"help@example.org", "https://example.org/help", "Asia/Tbilisi", "ka", List.of("legal-aid", "documents"),
				List.of("ka", "ru"), Map.of(),
				List.of(new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "GE", "tbilisi",
						"tbilisi", "0105", null, null, false,
						Map.of("ka",
								new ServiceListingDocument.PlaceText("ოფისი", "ნიმუშის ქუჩა 1", "თბილისი", "თბილისი"),
								"en",
								new ServiceListingDocument.PlaceText("Office", "1 Sample Street", "Tbilisi",
										"Tbilisi")))),
				List.of(new ServiceListingDocument.Phone(UUID.randomUUID(), "+995 32 000 00 00", phoneKind, true, false,
						false, Map.of())),
				List.of(ListingFixtures.weekday(DayOfWeek.MONDAY, 10, 18)));
	}

}
