package org.migrantportal.accounts;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountsPropertiesTests {

	@Test
	void createsNoFirstAdminAndAllowsFiveFailuresPerAccountByDefault() {
		AccountsProperties properties = PropertiesBinding.bind(AccountsProperties.class, Map.of());
		assertThat(properties.admin().isConfigured()).isFalse();
		assertThat(properties.login().throttle().window()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.login().throttle().perAccount()).isEqualTo(5);
		assertThat(properties.login().throttle().perClient()).isEqualTo(20);
		assertThat(properties.login().throttle().firstWait()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.login().throttle().longestWait()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.session().absoluteLifetime()).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void bindsTheWaitsAndTheSessionLifetimeGiven() {
		AccountsProperties properties = PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.login.throttle.first-wait", "1m", "portal.login.throttle.longest-wait", "1h",
						"portal.session.absolute-lifetime", "8h"));
		assertThat(properties.login().throttle().firstWait()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.login().throttle().longestWait()).isEqualTo(Duration.ofHours(1));
		assertThat(properties.session().absoluteLifetime()).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void rejectsASessionLifetimeShorterThanAMinute() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.session.absolute-lifetime", "10s")));
	}

	@Test
	void bindsTheFirstAdminAndTheThrottleGiven() {
		AccountsProperties properties = PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.admin.email", "admin@migrant.example", "portal.admin.password", "ნელა მიდის წყალი ღრმად",
						"portal.login.throttle.per-account", "3", "portal.login.throttle.window", "10m"));
		assertThat(properties.admin().isConfigured()).isTrue();
		assertThat(properties.admin().email()).isEqualTo("admin@migrant.example");
		assertThat(properties.login().throttle().perAccount()).isEqualTo(3);
		assertThat(properties.login().throttle().perClient()).isEqualTo(20);
		assertThat(properties.login().throttle().window()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void neverPrintsTheFirstAdminsPassphrase() {
		AccountsProperties properties = PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.admin.email", "admin@migrant.example", "portal.admin.password", "secret passphrase"));
		assertThat(properties.toString()).contains("admin@migrant.example").doesNotContain("secret passphrase");
	}

	@Test
	void rejectsAThrottleThatAllowsNoAttempt() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding.bind(AccountsProperties.class,
				Map.of("portal.login.throttle.per-client", "0")));
	}

	@Test
	void rejectsAThrottleWindowShorterThanASecond() {
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> PropertiesBinding.bind(AccountsProperties.class, Map.of("portal.login.throttle.window", "0s")));
	}

	@Test
	void rejectsAFirstAdminEmailThatIsNotAnAddress() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(AccountsProperties.class, Map.of("portal.admin.email", "admin")));
	}

}
