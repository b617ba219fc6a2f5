package org.migrantportal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void georgianTitleIsRomanisedByTheNationalSystem() {
		assertThat(Slugs.fromTitle("შრომითი მიგრაცია")).isEqualTo("shromiti-migratsia");
		assertThat(Slugs.fromTitle("ყველაფერი წასვლამდე")).isEqualTo("qvelaperi-tsasvlamde");
		assertThat(Slugs.fromTitle("ჭიათურა, ქუთაისი და თბილისი")).isEqualTo("chiatura-kutaisi-da-tbilisi");
		assertThat(Slugs.fromTitle("ჟურნალისტები და ღვინის ძველი ხელშეკრულება"))
			.isEqualTo("zhurnalistebi-da-ghvinis-dzveli-khelshekruleba");
	}

	@Test
	void georgianAspiratesLoseTheirApostrophes() {
		assertThat(Romanisation.romanise("კ პ ტ ყ წ ჭ")).isEqualTo("k p t q ts ch");
		assertThat(Romanisation.romanise("ქ ფ თ ც ჩ")).isEqualTo("k p t ts ch");
	}

	@Test
	void georgianCapitalsReadAsTheirSmallLetters() {
		assertThat(Slugs.fromTitle("ᲗᲑᲘᲚᲘᲡᲘ")).isEqualTo("tbilisi");
	}

	@Test
	void armenianTitleIsRomanisedByTheSystemInOfficialUse() {
		assertThat(Slugs.fromTitle("Աշխատանքային միգրացիա")).isEqualTo("ashkhatankayin-migratsia");
		assertThat(Slugs.fromTitle("Ռուսաստան")).isEqualTo("rusastan");
		assertThat(Slugs.fromTitle("Հայաստանի Հանրապետություն")).isEqualTo("hayastani-hanrapetutyun");
	}

	@Test
	void armenianYeAndVoOnlyAtTheStartOfAWord() {
		assertThat(Slugs.fromTitle("Երևան")).isEqualTo("yerevan");
		assertThat(Slugs.fromTitle("Որտեղ դիմել")).isEqualTo("vortegh-dimel");
		assertThat(Slugs.fromTitle("Եվրոպա և Հայաստան")).isEqualTo("yevropa-ev-hayastan");
		assertThat(Slugs.fromTitle("Սևան")).isEqualTo("sevan");
	}

	@Test
	void armenianOuIsU() {
		assertThat(Slugs.fromTitle("Ուսանողներ")).isEqualTo("usanoghner");
		assertThat(Slugs.fromTitle("Ինչո՞ւ է սա կարևոր։")).as("the question mark sits inside the word")
			.isEqualTo("inchu-e-sa-karevor");
	}

	@Test
	void latinLettersLoseTheirDiacritics() {
		assertThat(Slugs.fromTitle("Ärzte & Übersetzer")).isEqualTo("arzte-ubersetzer");
		assertThat(Slugs.fromTitle("Straße der Migranten")).isEqualTo("strasse-der-migranten");
		assertThat(Slugs.fromTitle("São Paulo — 2024")).isEqualTo("sao-paulo-2024");
		assertThat(Slugs.fromTitle("ﬁnancial")).isEqualTo("financial");
	}

	@Test
	void apostropheJoinsAWord() {
		assertThat(Slugs.fromTitle("Migrant's rights")).isEqualTo("migrants-rights");
		assertThat(Slugs.fromTitle("Migrant’s rights")).isEqualTo("migrants-rights");
	}

	@Test
	void emojiAndOtherScriptsAreDropped() {
		assertThat(Slugs.fromTitle("🇬🇪 მიგრაცია 🚀")).isEqualTo("migratsia");
		assertThat(Slugs.fromTitle("Work в Грузии 2024")).isEqualTo("work-2024");
		assertThat(Slugs.fromTitle("Работа в Грузии")).isEmpty();
		assertThat(Slugs.fromTitle("🚀🚀")).isEmpty();
	}

	@Test
	void onlyPunctuationOrNothingGivesAnEmptySlug() {
		assertThat(Slugs.fromTitle("!!! — ???")).isEmpty();
		assertThat(Slugs.fromTitle("   ")).isEmpty();
		assertThat(Slugs.fromTitle("")).isEmpty();
		assertThat(Slugs.fromTitle(null)).isEmpty();
	}

	@Test
	void longTitleIsCutAtAWordBoundary() {
		String slug = Slugs.fromTitle("მიგრაცია ".repeat(20));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("-migratsia");
		assertThat(slug).isEqualTo(String.join("-", java.util.Collections.nCopies(12, "migratsia")));
		assertThat(Slugs.fromTitle("a".repeat(150))).as("one word longer than a slug").isEqualTo("a".repeat(120));
	}

	@Test
	void everyProposalIsAValidSlugOrEmpty() {
		for (String title : SlugFixtures.TITLES) {
			String slug = Slugs.fromTitle(title);
			assertThat(slug.isEmpty() || Slugs.isValid(slug)).as(title + " -> " + slug).isTrue();
		}
	}

	@Test
	void blankSlugIsProposedFromTheTitleATypedOneIsKept() {
		assertThat(Slugs.orFromTitle("", "შრომითი მიგრაცია")).isEqualTo("shromiti-migratsia");
		assertThat(Slugs.orFromTitle(null, "შრომითი მიგრაცია")).isEqualTo("shromiti-migratsia");
		assertThat(Slugs.orFromTitle("migratsia", "შრომითი მიგრაცია")).isEqualTo("migratsia");
	}

}
