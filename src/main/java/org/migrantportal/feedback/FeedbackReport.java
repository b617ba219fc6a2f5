package org.migrantportal.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-office's view of feedback: per page or service and language the counts of yes
 * and no and the latest texts, only for what the staff member's country and organization
 * scope reaches (the same rule as editing it); and deleting a text that still holds
 * personal data, audited without the text.
 */
@Service
public class FeedbackReport {

	/** Audit entries of deleted texts name this kind: {@code FEEDBACK_TEXT_PURGED}. */
	public static final EditableKind FEEDBACK_TEXT = new EditableKind("FEEDBACK_TEXT", StaffRole.EDITOR, false);

	public static final int PAGE_SIZE = 20;

	static final int LATEST_TEXTS = 5;

	/** The filter's language and kind, each when set (bound as :locale and :kind). */
	private static final String FILTER = "(cast(:locale as varchar) is null or locale = :locale) "
			+ "and (cast(:kind as varchar) is null or target_kind = :kind)";

	/** The targets of one kind whose counts and texts a page shows. */
	private static final String OF_TARGETS = "target_kind = :targetKind and target_id = any(:ids)";

	private final JdbcClient jdbc;

	private final FeedbackRepository repository;

	private final FeedbackTargets targets;

	private final SiteLocales siteLocales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackReport(JdbcClient jdbc, FeedbackRepository repository, FeedbackTargets targets, SiteLocales siteLocales,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.targets = targets;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of the targets with feedback that the actor's scope reaches, the most
	 * recently answered first; titles in the reader's language.
	 */
	@Transactional(readOnly = true)
	public Page<FeedbackSummary> list(Actor actor, FeedbackFilter filter, int page, SiteLocale reader) {
		requireEditor(actor);
		List<TargetKey> keys = this.jdbc
			.sql("select target_kind, target_id, max(id) as latest from feedback where " + FILTER
					+ " group by target_kind, target_id order by latest desc")
			.params(params(filter))
			.query((rs, n) -> new TargetKey(FeedbackTargetKind.valueOf(rs.getString("target_kind")),
					rs.getLong("target_id")))
			.list();
		Map<FeedbackTargetKind, List<Long>> idsByKind = new EnumMap<>(FeedbackTargetKind.class);
		keys.forEach((key) -> idsByKind.computeIfAbsent(key.kind(), (kind) -> new ArrayList<>()).add(key.id()));
		Map<TargetKey, FeedbackTarget> found = new LinkedHashMap<>();
		idsByKind.forEach((kind, ids) -> this.targets.findAll(kind, ids, reader)
			.forEach((id, target) -> found.put(new TargetKey(kind, id), target)));
		List<FeedbackTarget> visible = keys.stream()
			.map(found::get)
			.filter((target) -> reaches(actor, target))
			.toList();
		int size = PAGE_SIZE;
		int from = (int) Math.min((long) Math.max(page, 0) * size, visible.size());
		List<FeedbackTarget> shown = visible.subList(from, Math.min(from + size, visible.size()));
		return new PageImpl<>(summaries(shown, filter), PageRequest.of(Math.max(page, 0), size), visible.size());
	}

	/**
	 * Deletes the text of one answer (the yes or no stays); audited without the text.
	 * @return whether there was a text to delete
	 */
	@Transactional
	public boolean deleteText(Actor actor, long feedbackId) {
		requireEditor(actor);
		Feedback feedback = this.repository.findById(feedbackId)
			.orElseThrow(() -> new FeedbackNotFoundException(feedbackId));
		FeedbackTarget target = this.targets
			.findAll(feedback.getTargetKind(), List.of(feedback.getTargetId()), this.siteLocales.defaultLocale())
			.get(feedback.getTargetId());
		if (!reaches(actor, target)) {
			throw new AccessDeniedException("Feedback outside the actor's scope");
		}
		if (feedback.getComment() == null) {
			return false;
		}
		feedback.removeComment();
		this.events.publishEvent(EditorialEvent.of(FEEDBACK_TEXT, feedback.getId(), feedback.getLocale(),
				EditorialChange.PURGED, target.kind() + " " + target.id(), target.country(), target.organizationId(),
				null, null, actor, this.clock.instant(), "/admin/feedback"));
		return true;
	}

	private List<FeedbackSummary> summaries(List<FeedbackTarget> shown, FeedbackFilter filter) {
		Map<TargetKey, List<FeedbackSummary.LanguageCounts>> counts = new LinkedHashMap<>();
		Map<TargetKey, List<FeedbackSummary.FeedbackText>> texts = new LinkedHashMap<>();
		Map<FeedbackTargetKind, List<Long>> idsByKind = new EnumMap<>(FeedbackTargetKind.class);
		shown.forEach(
				(target) -> idsByKind.computeIfAbsent(target.kind(), (kind) -> new ArrayList<>()).add(target.id()));
		idsByKind.forEach((kind, ids) -> {
			Map<String, Object> params = params(filter);
			params.put("targetKind", kind.name());
			params.put("ids", ids.toArray(Long[]::new));
			this.jdbc
				.sql("select target_id, locale, count(*) filter (where useful) as yes, "
						+ "count(*) filter (where not useful) as no from feedback where " + FILTER + " and "
						+ OF_TARGETS + " group by target_id, locale")
				.params(params)
				.query((rs, n) -> {
					counts.computeIfAbsent(new TargetKey(kind, rs.getLong("target_id")), (key) -> new ArrayList<>())
						.add(new FeedbackSummary.LanguageCounts(rs.getString("locale"), rs.getLong("yes"),
								rs.getLong("no")));
					return n;
				})
				.list();
			this.jdbc
				.sql("select id, target_id, locale, useful, comment, received_on from (select f.*, row_number() over "
						+ "(partition by target_id order by id desc) as position from feedback f where " + FILTER
						+ " and " + OF_TARGETS + " and comment is not null) latest where position <= " + LATEST_TEXTS
						+ " order by target_id, id desc")
				.params(params)
				.query((rs, n) -> {
					texts.computeIfAbsent(new TargetKey(kind, rs.getLong("target_id")), (key) -> new ArrayList<>())
						.add(new FeedbackSummary.FeedbackText(rs.getLong("id"), rs.getString("locale"),
								rs.getBoolean("useful"), rs.getString("comment"),
								rs.getDate("received_on").toLocalDate()));
					return n;
				})
				.list();
		});
		return shown.stream().map((target) -> {
			TargetKey key = new TargetKey(target.kind(), target.id());
			List<FeedbackSummary.LanguageCounts> languages = new ArrayList<>(counts.getOrDefault(key, List.of()));
			languages.sort(Comparator.comparingInt(this::languageOrder));
			return new FeedbackSummary(target, languages, texts.getOrDefault(key, List.of()));
		}).toList();
	}

	private int languageOrder(FeedbackSummary.LanguageCounts counts) {
		int index = this.siteLocales.all().indexOf(this.siteLocales.find(counts.locale()).orElse(null));
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

	private static Map<String, Object> params(FeedbackFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("locale", filter.locale());
		params.put("kind", (filter.kind() != null) ? filter.kind().name() : null);
		return params;
	}

	/**
	 * Admins see everything, also feedback on what no longer exists; others what they
	 * could edit.
	 */
	private static boolean reaches(Actor actor, FeedbackTarget target) {
		if (actor.hasRole(StaffRole.ADMIN)) {
			return true;
		}
		return target != null && target.exists() && actor.canWorkOn(target.country(), target.organizationId());
	}

	private static void requireEditor(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			throw new AccessDeniedException("Feedback is for editors");
		}
	}

	private record TargetKey(FeedbackTargetKind kind, long id) {
	}

}
