package org.migrantportal.media;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaS3PropertiesTests {

	private static final Map<String, String> COMPLETE = Map.of("portal.media.s3.bucket", "portal-media",
			"portal.media.s3.endpoint", "https://s3.example.org", "portal.media.s3.access-key", "AKIAEXAMPLE",
			"portal.media.s3.secret-key", "s3cret-value");

	@Test
	void keepsFilesInTheLocalFolderByDefault() {
		MediaS3Properties properties = PropertiesBinding.bind(MediaS3Properties.class, Map.of());
		assertThat(properties.enabled()).isFalse();
		assertThat(properties.region()).isEqualTo("us-east-1");
		assertThat(properties.pathStyle()).isTrue();
	}

	@Test
	void anEmptyBucketSettingKeepsTheLocalFolder() {
		assertThat(PropertiesBinding.bind(MediaS3Properties.class, Map.of("portal.media.s3.bucket", "")).enabled())
			.isFalse();
	}

	@Test
	void bindsABucketWithItsServerAndKeysAndNeverPrintsTheSecret() {
		Map<String, String> settings = new HashMap<>(COMPLETE);
		settings.put("portal.media.s3.prefix", "/portal/media/");
		MediaS3Properties properties = PropertiesBinding.bind(MediaS3Properties.class, settings);
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.endpoint()).isEqualTo(URI.create("https://s3.example.org"));
		assertThat(properties.objectName("k1")).isEqualTo("portal/media/k1");
		assertThat(properties.toString()).contains("portal-media").doesNotContain("s3cret-value");
	}

	@Test
	void withoutPrefixAnObjectIsNamedByItsKey() {
		assertThat(PropertiesBinding.bind(MediaS3Properties.class, COMPLETE).objectName("k1")).isEqualTo("k1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "portal.media.s3.endpoint", "portal.media.s3.access-key", "portal.media.s3.secret-key" })
	void aBucketWithoutItsServerOrKeysFailsTheStartNamingTheSetting(String missing) {
		Map<String, String> settings = new HashMap<>(COMPLETE);
		settings.remove(missing);
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(MediaS3Properties.class, settings))
			.havingRootCause()
			.withMessageContaining(missing.substring("portal.media.s3.".length()));
	}

	@Test
	void aPrefixThatCouldEscapeIsRefused() {
		Map<String, String> settings = new HashMap<>(COMPLETE);
		settings.put("portal.media.s3.prefix", "media/../other");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(MediaS3Properties.class, settings));
	}

}
