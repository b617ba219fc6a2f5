package org.migrantportal.i18n;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SiteLocalesTests {

	private final SiteLocales locales = new SiteLocales("ka,en,hy", "en,ka");

	@Test
	void firstConfiguredLocaleIsTheDefault() {
		assertThat(this.locales.defaultLocale().tag()).isEqualTo("ka");
		assertThat(this.locales.all()).extracting(SiteLocale::tag).containsExactly("ka", "en", "hy");
	}

	@Test
	void nativeNamesAndDirectionComeFromTheRegistry() {
		SiteLocale armenian = this.locales.get("hy");
		assertThat(armenian.nativeName()).isEqualTo("Հայերեն");
		assertThat(armenian.dir()).isEqualTo("ltr");
		assertThat(new SiteLocales("ka,ar", "en").get("ar").dir()).isEqualTo("rtl");
	}

	@Test
	void armenianFallsBackToEnglishThenGeorgian() {
		assertThat(this.locales.fallbackChain(this.locales.get("hy"))).extracting(SiteLocale::tag)
			.containsExactly("hy", "en", "ka");
	}

	@Test
	void picksTheVisitorsOwnTranslationBeforeAnyFallback() {
		List<String> translations = List.of("ka", "hy", "en");
		assertThat(this.locales.pickBest(this.locales.get("hy"), translations, (tag) -> tag)).contains("hy");
		assertThat(this.locales.pickBest(this.locales.get("hy"), List.of("ka", "en"), (tag) -> tag)).contains("en");
		assertThat(this.locales.pickBest(this.locales.get("hy"), List.of("ru"), (tag) -> tag)).isEmpty();
	}

	@Test
	void acceptLanguageChoosesTheBestServedLanguageByWeight() {
		assertThat(this.locales.fromAcceptLanguage("hy-AM,hy;q=0.9,en;q=0.8")).map(SiteLocale::tag).contains("hy");
		assertThat(this.locales.fromAcceptLanguage("de-DE,en;q=0.5,ka;q=0.7")).map(SiteLocale::tag).contains("ka");
		assertThat(this.locales.fromAcceptLanguage("ru-RU,ru;q=0.9")).isEmpty();
		assertThat(this.locales.fromAcceptLanguage("en;q=0")).isEmpty();
		assertThat(this.locales.fromAcceptLanguage(";;;q=abc")).isEmpty();
	}

	@Test
	void unknownTagInConfigurationFailsAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new SiteLocales("ka,xx", "en")).withMessageContaining("xx");
	}

	@Test
	void unknownTagInUrlIsNotFound() {
		assertThat(this.locales.find("xx")).isEmpty();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnknownLocaleException.class)
			.isThrownBy(() -> this.locales.get("xx"));
	}

	@Test
	void findOrDefaultGivesTheServedLanguageOfATagElseTheDefault() {
		assertThat(this.locales.findOrDefault("hy").tag()).isEqualTo("hy");
		assertThat(this.locales.findOrDefault("en").tag()).isEqualTo("en");
		assertThat(this.locales.findOrDefault("xx")).isEqualTo(this.locales.defaultLocale());
		assertThat(this.locales.findOrDefault("en-GB")).isEqualTo(this.locales.defaultLocale());
		assertThat(this.locales.findOrDefault("")).isEqualTo(this.locales.defaultLocale());
		assertThat(this.locales.findOrDefault(null)).isEqualTo(this.locales.defaultLocale());
	}

}
