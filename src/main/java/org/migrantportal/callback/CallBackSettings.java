package org.migrantportal.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrantportal.directory.OrganizationService;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins decide which organizations take call-back requests and how many days each keeps
 * them (the configured default until set). The organization must exist in the directory.
 */
@Service
public class CallBackSettings {

	private final CallBackSettingRepository settings;

	private final OrganizationService organizations;

	private final CallBackProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallBackSettings(CallBackSettingRepository settings, OrganizationService organizations,
			CallBackProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.organizations = organizations;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Every organization of the directory with its setting. */
	@Transactional(readOnly = true)
	public List<CallBackSettingView> list(Actor actor, SiteLocale locale) {
		requireAdmin(actor);
		Map<Long, CallBackSetting> byOrganization = this.settings.findAll()
			.stream()
			.collect(Collectors.toMap(CallBackSetting::getOrganizationId, Function.identity()));
		return this.organizations.listOrganizations(locale).stream().map((organization) -> {
			CallBackSetting setting = byOrganization.get(organization.id());
			return new CallBackSettingView(organization.id(), organization.name(), organization.country(),
					setting != null && setting.isAcceptsRequests(),
					(setting != null) ? setting.getRetentionDays() : this.properties.defaultRetentionDays());
		}).toList();
	}

	/**
	 * Sets whether an organization takes requests and how long it keeps them.
	 * @throws CallBackRefusedException when the period is out of range
	 * @throws CallBackNotFoundException when the organization does not exist
	 */
	@Transactional
	public void change(Actor actor, Long organizationId, boolean acceptsRequests, int retentionDays,
			SiteLocale locale) {
		requireAdmin(actor);
		if (this.organizations.findOrganization(organizationId, locale).isEmpty()) {
			throw new CallBackNotFoundException("No organization " + organizationId);
		}
		if (retentionDays < 1 || retentionDays > CallBackProperties.MAX_RETENTION_DAYS) {
			throw new CallBackRefusedException(Map.of("retentionDays", "callback.admin.error.retention"));
		}
		Instant now = this.clock.instant();
		CallBackSetting setting = this.settings.findById(organizationId)
			.orElseGet(() -> new CallBackSetting(organizationId, this.properties.defaultRetentionDays()));
		setting.change(acceptsRequests, retentionDays, actor.email(), now);
		this.settings.save(setting);
		this.events.publishEvent(new CallBackSettingChanged(organizationId, acceptsRequests, retentionDays,
				actor.accountId(), actor.email(), now));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins decide which organizations take call-back requests");
		}
	}

}
