package org.migrantportal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Writes audit entries and lets admins read them. */
@Service
@Transactional
public class AuditService {

	/** The most entries one page of the trail shows. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * The last page number asked for as such; a larger one (typed into the URL) shows the
	 * empty page past the end instead of an offset the database cannot take.
	 */
	private static final int LAST_PAGE = 1_000_000;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditService(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	void record(Instant at, Long actorId, String actorEmail, String action, String subjectType, Long subjectId,
			String summary) {
		this.entries.save(new AuditEntry((at != null) ? at : this.clock.instant(), actorId, actorEmail, action,
				subjectType, subjectId, summary));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> search(Actor actor, AuditFilter filter, int page, int size) {
		if (actor == null || !actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins read the audit trail");
		}
		int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		return this.entries
			.search(blankToNull(filter.actor()), blankToNull(filter.action()), blankToNull(filter.subjectType()),
					filter.from(), filter.to(), PageRequest.of(Math.max(0, Math.min(page, LAST_PAGE)), boundedSize))
			.map(AuditEntry::toView);
	}

	@Transactional(readOnly = true)
	public List<String> listActions() {
		return this.entries.findActions();
	}

	@Transactional(readOnly = true)
	public List<String> listSubjectTypes() {
		return this.entries.findSubjectTypes();
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
