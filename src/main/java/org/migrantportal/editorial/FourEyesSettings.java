package org.migrantportal.editorial;

import java.time.Clock;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a country requires four eyes: someone other than the person who saved the
 * working copy publishes it. One setting per country, for every editable kind; admins
 * switch it.
 */
@Service
@Transactional
public class FourEyesSettings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FourEyesSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isRequired(CountryScope country) {
		return this.jdbc.sql("select four_eyes from country_setting where country_scope = ?")
			.param(country.name())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void setRequired(Actor actor, CountryScope country, boolean required) {
		if (actor == null || !actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins change the four-eyes rule");
		}
		this.jdbc
			.sql("update country_setting set four_eyes = ?, version = version + 1, updated_at = ? "
					+ "where country_scope = ?")
			.params(required, java.sql.Timestamp.from(this.clock.instant()), country.name())
			.update();
		this.events.publishEvent(
				new FourEyesChanged(country, required, actor.accountId(), actor.email(), this.clock.instant()));
	}

}
