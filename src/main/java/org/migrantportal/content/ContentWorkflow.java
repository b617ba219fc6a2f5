package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The review workflow of topics, pages and news: submit, send back with a reason, publish
 * now or at a set time, unpublish, the native-speaker flag, and the four-eyes setting of
 * each country. Each action asks the editorial policy first, so an action that does not
 * apply is refused with a reason, never done silently.
 */
@Service
@Transactional
public class ContentWorkflow {

	/** The longest reason a reviewer gives for sending a text back. */
	public static final int MAX_REASON = 1000;

	private final ContentAccess access;

	private final TranslationRevisions revisions;

	private final SlugAliasRepository aliases;

	ContentWorkflow(ContentAccess access, TranslationRevisions revisions, SlugAliasRepository aliases) {
		this.access = access;
		this.revisions = revisions;
		this.aliases = aliases;
	}

	public void submitForReview(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		ContentAccess.requireRole(actor, StaffRole.TRANSLATOR);
		submit(actor, this.access.stores().of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void submit(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		TranslationStore.RootFacts root = this.access.rootInScope(actor, store, id);
		ContentAccess.requireWriteIn(actor, root, translation.getLocale());
		this.access.require(actor, store, root, translation, EditorialAction.SUBMIT);
		translation.submitForReview(this.access.now());
		this.access.changed(actor, store, translation, EditorialChange.SUBMITTED, null);
	}

	/**
	 * A reviewer returns a text in review to its editor without publishing it; the editor
	 * sees the reason until they submit again.
	 */
	public void sendBack(Actor actor, ContentKind kind, Long id, String locale, String reason, long loadedVersion) {
		ContentAccess.requireRole(actor, StaffRole.REVIEWER);
		sendBackIn(actor, this.access.stores().of(kind), id, locale, (reason != null) ? reason.strip() : "",
				loadedVersion);
	}

	private <T extends TranslatedText> void sendBackIn(Actor actor, TranslationStore<T> store, Long id, String locale,
			String reason, long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		this.access.require(actor, store, this.access.rootInScope(actor, store, id), translation,
				EditorialAction.SEND_BACK);
		if (!StringUtils.hasText(reason)) {
			throw new ContentRuleException("reason", "editorial.error.reason-required");
		}
		if (reason.length() > MAX_REASON) {
			throw new ContentRuleException("reason", "editorial.error.reason-too-long");
		}
		translation.sendBack(reason, actor.email(), this.access.now());
		this.access.changed(actor, store, translation, EditorialChange.SENT_BACK, reason);
	}

	/**
	 * Publishes the working copy now: reviewers and admins, and not one's own edit where
	 * four eyes apply.
	 */
	public void publish(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		ContentAccess.requireRole(actor, StaffRole.REVIEWER);
		publishNow(actor, this.access.stores().of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void publishNow(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		this.access.require(actor, store, this.access.rootInScope(actor, store, id), translation,
				EditorialAction.PUBLISH);
		makeLive(store, translation, this.access.now());
		this.access.changed(actor, store, translation, EditorialChange.PUBLISHED, null);
	}

	public void unpublish(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		ContentAccess.requireRole(actor, StaffRole.REVIEWER);
		takeOffline(actor, this.access.stores().of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void takeOffline(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		this.access.require(actor, store, this.access.rootInScope(actor, store, id), translation,
				EditorialAction.UNPUBLISH);
		translation.unpublish(this.access.now());
		this.access.changed(actor, store, translation, EditorialChange.UNPUBLISHED, null);
	}

	/**
	 * Flags a translation as made by a machine or a non-native speaker (any editor), or
	 * clears the flag once a native speaker has checked it (reviewers only).
	 */
	public void setAwaitingNativeReview(Actor actor, ContentKind kind, Long id, String locale, boolean awaiting,
			long loadedVersion) {
		ContentAccess.requireRole(actor, awaiting ? StaffRole.EDITOR : StaffRole.REVIEWER);
		flagNativeReview(actor, this.access.stores().of(kind), id, locale, awaiting, loadedVersion);
	}

	private <T extends TranslatedText> void flagNativeReview(Actor actor, TranslationStore<T> store, Long id,
			String locale, boolean awaiting, long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		translation.setAwaitingNativeReview(awaiting, this.access.now());
		this.access.changed(actor, store, translation,
				awaiting ? EditorialChange.MARKED_AWAITING_NATIVE_REVIEW : EditorialChange.NATIVE_REVIEW_CONFIRMED,
				null);
	}

	/**
	 * Sets (or clears, with nulls) when the working copy goes online and when it comes
	 * off.
	 */
	public void schedule(Actor actor, ContentKind kind, Long id, String locale, Instant publishAt, Instant unpublishAt,
			long loadedVersion) {
		ContentAccess.requireRole(actor, StaffRole.REVIEWER);
		scheduleIn(actor, this.access.stores().of(kind), id, locale, publishAt, unpublishAt, loadedVersion);
	}

	private <T extends TranslatedText> void scheduleIn(Actor actor, TranslationStore<T> store, Long id, String locale,
			Instant publishAt, Instant unpublishAt, long loadedVersion) {
		T translation = this.access.current(actor, store, id, locale, loadedVersion);
		Instant now = this.access.now();
		if ((publishAt != null && !publishAt.isAfter(now)) || (unpublishAt != null && !unpublishAt.isAfter(now))) {
			throw new ContentRuleException("publishAt", "content.error.schedule-in-past");
		}
		if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
			throw new ContentRuleException("unpublishAt", "content.error.schedule-order");
		}
		if (publishAt != null) {
			this.access.require(actor, store, this.access.rootInScope(actor, store, id), translation,
					EditorialAction.SCHEDULE);
		}
		translation.schedule(publishAt, unpublishAt, now);
		this.access.changed(actor, store, translation, EditorialChange.SCHEDULED, null);
	}

	/** Publishes and unpublishes what is due by the clock; returns how many changed. */
	public int runSchedule() {
		int changed = 0;
		for (TranslationStore<? extends TranslatedText> store : this.access.stores().all()) {
			changed += runSchedule(store, this.access.now());
		}
		return changed;
	}

	private <T extends TranslatedText> int runSchedule(TranslationStore<T> store, Instant now) {
		int changed = 0;
		for (T due : store.dueToPublish(now)) {
			makeLive(store, due, now);
			this.access.changed(null, store, due, EditorialChange.PUBLISHED_ON_SCHEDULE, null);
			changed++;
		}
		for (T due : store.dueToUnpublish(now)) {
			if (due.isLive()) {
				due.unpublish(now);
				this.access.changed(null, store, due, EditorialChange.UNPUBLISHED_ON_SCHEDULE, null);
				changed++;
			}
			else {
				due.schedule(due.getPublishAt(), null, now);
			}
		}
		return changed;
	}

	private <T extends TranslatedText> void makeLive(TranslationStore<T> store, T translation, Instant now) {
		String previousSlug = translation.getPublishedSlug();
		String type = store.kind().subjectType().name();
		if (previousSlug != null && !previousSlug.equals(translation.getSlug())
				&& !this.aliases.existsBySubjectTypeAndLocaleAndSlug(type, translation.getLocale(), previousSlug)) {
			this.aliases.save(new SlugAlias(store.kind().subjectType(), store.rootId(translation),
					translation.getLocale(), previousSlug, now));
		}
		Long revisionId = this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getId)
			.orElse(null);
		translation.publish(revisionId, now);
	}

}
