package org.migrantportal.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;

import static org.assertj.core.api.Assertions.assertThat;

class HelpContactRulesTests {

	private static final Set<String> LOCALES = Set.of("ka", "en", "hy");

	@Test
	void anEmergencyNumberWithANameAndANumberThatDialsIsValid() {
		assertThat(HelpContactRules.check(emergency("112"), LOCALES)).isEmpty();
	}

	@Test
	void anEmergencyNumberOrHotlineWithoutAPhoneIsRefused() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.HOTLINE, CountryScope.ARMENIA, 1,
				Map.of("hy", text("Թեժ գիծ")), List.of(), null, null, null, null, null, null, null, false);
		assertThat(fields(document)).containsExactly("phones");
	}

	@Test
	void anOfficeNeedsNoPhone() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.OFFICE, CountryScope.GEORGIA, 1,
				Map.of("ka", text("ოფისი")), List.of(), null, null, null, null, null, null, null, false);
		assertThat(HelpContactRules.check(document, LOCALES)).isEmpty();
	}

	@Test
	void numbersThatDoNotDialAreRefused() {
		assertThat(HelpContactRules.dials("+995 32 2 00 00 00")).isTrue();
		assertThat(HelpContactRules.dials("112")).isTrue();
		assertThat(HelpContactRules.dials("1")).isFalse();
		assertThat(HelpContactRules.dials("call us")).isFalse();
		assertThat(HelpContactRules.dials("112; drop table")).isFalse();
		assertThat(HelpContactRules.dials("+1234567890123456")).as("more than 15 digits").isFalse();
		assertThat(fields(emergency("abc"))).containsExactly("phones[0].number");
	}

	@Test
	void aContactNeedsANameInSomeLanguageAKindAndACountry() {
		HelpContactDocument document = new HelpContactDocument(null, null, 1, Map.of(), List.of(), null, null, null,
				null, null, null, null, false);
		assertThat(fields(document)).containsExactly("kind", "country", "name");
	}

	@Test
	void aTextInALanguageThePortalDoesNotServeIsRefused() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.OFFICE, CountryScope.GEORGIA, 1,
				Map.of("ka", text("ოფისი"), "xx", text("x")), List.of(), null, null, null, null, null, null, null,
				false);
		assertThat(fields(document)).containsExactly("texts[xx]");
	}

	@Test
	void webAddressesAndEmailMustBeReal() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.OFFICE, CountryScope.GEORGIA, 1,
				Map.of("ka", text("ოფისი")), List.of(), "not-an-address", "javascript:alert(1)", null, null, null,
				"Source", "ftp://example.org", false);
		assertThat(fields(document)).containsExactly("email", "website", "sourceUrl");
	}

	@Test
	void aContactRefersToAnOrganizationOrAServiceNotBoth() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.SERVICE, CountryScope.GEORGIA, 1,
				Map.of("ka", text("სერვისი")), List.of(), null, null, null, 1L, 2L, null, null, false);
		assertThat(fields(document)).containsExactly("serviceId");
	}

	@Test
	void languagesAnsweredAreLanguageCodes() {
		HelpContactDocument document = new HelpContactDocument(HelpContactKind.HOTLINE, CountryScope.GEORGIA, 1,
				Map.of("en", text("Hotline")),
				List.of(new HelpContactDocument.Phone("116 000", Map.of(), true, true, true, List.of("Georgian"))),
				null, null, null, null, null, null, null, false);
		assertThat(fields(document)).containsExactly("phones[0].languages");
	}

	@Test
	void theTelUriKeepsOnlyDigitsAndALeadingPlus() {
		assertThat(new HelpContactDocument.Phone("+374 (10) 12-34", Map.of(), false, false, false, List.of()).telUri())
			.isEqualTo("tel:+374101234");
	}

	@Test
	void theCountryParameterPicksGeorgiaOrArmeniaAndNothingElse() {
		assertThat(EmergencyBlock.parse("am")).isEqualTo(CountryScope.ARMENIA);
		assertThat(EmergencyBlock.parse("GE")).isEqualTo(CountryScope.GEORGIA);
		assertThat(EmergencyBlock.parse("both")).isNull();
		assertThat(EmergencyBlock.parse("<script>")).isNull();
		assertThat(EmergencyBlock.parse(null)).isNull();
	}

	@Test
	void onlyEmergencyNumbersAndHotlinesAreUrgent() {
		assertThat(HelpContactKind.EMERGENCY.urgent()).isTrue();
		assertThat(HelpContactKind.HOTLINE.urgent()).isTrue();
		assertThat(HelpContactKind.OFFICE.urgent()).isFalse();
		assertThat(HelpContactKind.SERVICE.urgent()).isFalse();
	}

	private static List<String> fields(HelpContactDocument document) {
		return HelpContactRules.check(document, LOCALES).stream().map(ListingProblem::field).toList();
	}

	private static HelpContactDocument emergency(String number) {
		return new HelpContactDocument(HelpContactKind.EMERGENCY, CountryScope.GEORGIA, 1,
				Map.of("en", text("Emergency")),
				List.of(new HelpContactDocument.Phone(number, Map.of("en", "Police"), false, true, true, List.of())),
				null, null, null, null, null, null, null, false);
	}

	private static HelpContactDocument.Text text(String name) {
		return new HelpContactDocument.Text(name, null, null, null, false, null);
	}

}
