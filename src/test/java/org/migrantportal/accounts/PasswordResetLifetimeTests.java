package org.migrantportal.accounts;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A forgotten-password link works for 30 minutes unless configured otherwise, and the
 * portal refuses to start with links that would work longer than an hour.
 */
class PasswordResetLifetimeTests {

	@Test
	void aLinkWorksForThirtyMinutesByDefault() {
		assertThat(PropertiesBinding.bind(AccountsProperties.class, Map.of()).passwordReset().lifetime())
			.isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void anHourIsTheLongestLifetimeAllowed() {
		assertThat(PropertiesBinding.bind(AccountsProperties.class, Map.of("portal.password-reset.lifetime", "60m"))
			.passwordReset()
			.lifetime()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aLifetimeLongerThanAnHourStopsTheStart() {
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> PropertiesBinding.bind(AccountsProperties.class, Map.of("portal.password-reset.lifetime", "61m")))
			.havingRootCause()
			.withMessageContaining("password-reset.lifetime");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.password-reset.lifetime", "P1D")));
	}

	@Test
	void aLifetimeShorterThanAMinuteStopsTheStart() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.password-reset.lifetime", "30s")));
	}

}
