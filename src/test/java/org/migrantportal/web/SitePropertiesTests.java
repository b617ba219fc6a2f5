package org.migrantportal.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SitePropertiesTests {

	@Test
	void quickExitLeadsToAWeatherPageByDefault() {
		assertThat(PropertiesBinding.bind(SiteProperties.class, Map.of()).quickExitUrl())
			.isEqualTo("https://www.bbc.com/weather");
	}

	@Test
	void quickExitLeadsWhereConfigured() {
		assertThat(
				PropertiesBinding.bind(SiteProperties.class, Map.of("portal.quick-exit-url", "https://www.google.com/"))
					.quickExitUrl())
			.isEqualTo("https://www.google.com/");
	}

	@Test
	void rejectsAnEmptyQuickExitAddress() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(SiteProperties.class, Map.of("portal.quick-exit-url", " ")));
	}

}
