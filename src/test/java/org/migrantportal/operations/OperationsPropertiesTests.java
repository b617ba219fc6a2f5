package org.migrantportal.operations;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OperationsPropertiesTests {

	@Test
	void onlyTheMachineItselfReadsTheMetricsByDefault() {
		OperationsProperties properties = PropertiesBinding.bind(OperationsProperties.class, Map.of());
		assertThat(properties.allowedAddresses()).containsExactly("127.0.0.1", "::1");
		assertThat(properties.token()).isEmpty();
	}

	@Test
	void addressesAndTokenAsConfigured() {
		OperationsProperties properties = PropertiesBinding.bind(OperationsProperties.class,
				Map.of("portal.metrics.allowed-addresses", "10.1.2.3,fd00::7", "portal.metrics.token", "t0ken"));
		assertThat(properties.allowedAddresses()).containsExactly("10.1.2.3", "fd00::7");
		assertThat(properties.token()).isEqualTo("t0ken");
	}

	@Test
	void aHostNameInsteadOfAnAddressStopsTheStart() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding
			.bind(OperationsProperties.class, Map.of("portal.metrics.allowed-addresses", "prometheus.internal")));
	}

}
