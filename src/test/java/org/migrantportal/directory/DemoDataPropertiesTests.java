package org.migrantportal.directory;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PropertiesBinding;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataPropertiesTests {

	@Test
	void demoDataIsOnByDefaultOnlyForTheEmbeddedDatabase() {
		DemoDataProperties unset = PropertiesBinding.bind(DemoDataProperties.class, Map.of());
		assertThat(unset.demoData()).isNull();
		assertThat(DemoData.of(unset, true).on()).as("embedded database").isTrue();
		assertThat(DemoData.of(unset, false).on()).as("a configured database server").isFalse();
	}

	@Test
	void demoDataFollowsTheSettingWhenItIsGiven() {
		DemoDataProperties on = PropertiesBinding.bind(DemoDataProperties.class, Map.of("portal.demo-data", "true"));
		DemoDataProperties off = PropertiesBinding.bind(DemoDataProperties.class, Map.of("portal.demo-data", "false"));
		assertThat(DemoData.of(on, false).on()).as("asked for on a server").isTrue();
		assertThat(DemoData.of(off, true).on()).as("switched off on the embedded database").isFalse();
	}

}
