package org.migrantportal.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrantportal.directory.OrganizationService;
import org.migrantportal.directory.OrganizationSummary;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-office queue of call-back requests. Only staff of the organization a request
 * was sent to see it, whatever their role: an admin of another organization (or of none)
 * sees how many requests each organization has, never what a visitor typed. Each change
 * of state is published as {@link CallBackHandled} for the audit trail.
 */
@Service
public class CallBackQueue {

	private final CallBackRequestRepository requests;

	private final CallBackSecrets secrets;

	private final OrganizationService organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallBackQueue(CallBackRequestRepository requests, CallBackSecrets secrets, OrganizationService organizations,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.secrets = secrets;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** The requests sent to the actor's organization, oldest first; none without one. */
	@Transactional(readOnly = true)
	public List<CallBackSummary> list(Actor actor) {
		if (actor.organizationId() == null) {
			return List.of();
		}
		return this.requests
			.findByOrganizationIdAndStateInOrderByCreatedAtAscIdAsc(actor.organizationId(),
					EnumSet.allOf(CallBackState.class))
			.stream()
			.map((request) -> new CallBackSummary(request.getId(), request.getState(), request.getCountry(),
					request.getLanguage(), request.getCreatedAt(), request.getDeleteAfter()))
			.toList();
	}

	/** For admins: how many requests each organization has, by state. */
	@Transactional(readOnly = true)
	public List<CallBackCount> counts(Actor actor, SiteLocale locale) {
		if (!actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins see the counts of every organization");
		}
		Map<Long, Map<CallBackState, Long>> counts = this.requests.countByOrganizationAndState()
			.stream()
			.collect(Collectors.groupingBy(CallBackRequestRepository.StateCount::getOrganizationId,
					Collectors.toMap(CallBackRequestRepository.StateCount::getState,
							CallBackRequestRepository.StateCount::getRequests)));
		return this.organizations.listOrganizations(locale)
			.stream()
			.filter((organization) -> counts.containsKey(organization.id()))
			.map((organization) -> count(organization, counts.get(organization.id())))
			.toList();
	}

	/**
	 * One request with what the visitor typed.
	 * @throws AccessDeniedException when the actor is not of its organization
	 */
	@Transactional(readOnly = true)
	public CallBackDetail get(Actor actor, long id) {
		CallBackRequest request = readable(actor, id);
		return new CallBackDetail(request.getId(), this.secrets.openOrNull(request.getNameCipher()),
				this.secrets.openOrNull(request.getContactCipher()), this.secrets.openOrNull(request.getTopicCipher()),
				request.getCountry(), request.getLanguage(), request.getState(), request.getCreatedAt(),
				request.getDeleteAfter(), request.getHandledAt(), nextStates(request.getState()));
	}

	/**
	 * Moves a request on (new, called, closed; never back).
	 * @return whether it moved; false when it is already there or further on
	 * @throws AccessDeniedException when the actor is not of its organization
	 */
	@Transactional
	public boolean moveTo(Actor actor, long id, CallBackState next) {
		CallBackRequest request = readable(actor, id);
		CallBackState from = request.getState();
		if (!from.canMoveTo(next)) {
			return false;
		}
		Instant now = this.clock.instant();
		request.moveTo(next, actor.accountId(), now);
		this.events.publishEvent(new CallBackHandled(request.getId(), request.getOrganizationId(), from, next,
				actor.accountId(), actor.email(), now));
		return true;
	}

	private CallBackRequest readable(Actor actor, long id) {
		CallBackRequest request = this.requests.findById(id).orElseThrow(() -> CallBackNotFoundException.of(id));
		if (actor.organizationId() == null || !actor.organizationId().equals(request.getOrganizationId())) {
			throw new AccessDeniedException("Only the chosen organization's staff read a call-back request");
		}
		return request;
	}

	private static List<CallBackState> nextStates(CallBackState state) {
		return Arrays.stream(CallBackState.values()).filter(state::canMoveTo).toList();
	}

	private static CallBackCount count(OrganizationSummary organization, Map<CallBackState, Long> byState) {
		return new CallBackCount(organization.id(), organization.name(), byState.getOrDefault(CallBackState.NEW, 0L),
				byState.getOrDefault(CallBackState.CALLED, 0L), byState.getOrDefault(CallBackState.CLOSED, 0L));
	}

}
