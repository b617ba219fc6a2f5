package org.migrantportal.i18n;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalePropertiesTests {

	@Test
	void servesGeorgianEnglishAndArmenianFallingBackToEnglishByDefault() {
		LocaleProperties properties = PropertiesBinding.bind(LocaleProperties.class, Map.of());
		assertThat(properties.locales()).containsExactly("ka", "en", "hy");
		assertThat(properties.fallbackLocales()).containsExactly("en");
		assertThat(properties.baseUrl()).isEmpty();
	}

	@Test
	void bindsCommaSeparatedTagsAndABaseUrlWithoutItsTrailingSlash() {
		LocaleProperties properties = PropertiesBinding.bind(LocaleProperties.class, Map.of("portal.locales",
				"hy, EN ,ar", "portal.fallback-locales", "en,hy", "portal.base-url", "https://migrant.example/"));
		assertThat(properties.locales()).containsExactly("hy", "en", "ar");
		assertThat(properties.fallbackLocales()).containsExactly("en", "hy");
		assertThat(properties.baseUrl()).isEqualTo("https://migrant.example");
	}

	@Test
	void rejectsALanguageThePortalDoesNotKnow() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(LocaleProperties.class, Map.of("portal.locales", "ka,xx")))
			.havingRootCause()
			.withMessageContaining("xx");
	}

	@Test
	void rejectsAnEmptyLanguageList() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(LocaleProperties.class, Map.of("portal.locales", "")));
	}

	@Test
	void rejectsABaseUrlThatIsNotAnAddress() {
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> PropertiesBinding.bind(LocaleProperties.class, Map.of("portal.base-url", "migrant.example")));
	}

}
