package org.migrantportal.media;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaClamdPropertiesTests {

	@Test
	void uploadsAreNotScannedWithoutAHost() {
		assertThat(PropertiesBinding.bind(MediaClamdProperties.class, Map.of()).enabled()).isFalse();
		assertThat(PropertiesBinding.bind(MediaClamdProperties.class, Map.of("portal.media.clamd.host", " ")).enabled())
			.isFalse();
	}

	@Test
	void aHostTurnsScanningOnOnClamdsUsualPortWithTimeouts() {
		MediaClamdProperties clamd = PropertiesBinding.bind(MediaClamdProperties.class,
				Map.of("portal.media.clamd.host", "clamav.internal"));
		assertThat(clamd.enabled()).isTrue();
		assertThat(clamd.address()).isEqualTo("clamav.internal:3310");
		assertThat(clamd.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(clamd.readTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void aPortOutOfRangeStopsTheStart() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(MediaClamdProperties.class,
					Map.of("portal.media.clamd.host", "clamav", "portal.media.clamd.port", "0")));
	}

}
