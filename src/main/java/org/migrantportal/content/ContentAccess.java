package org.migrantportal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every editorial service of the content module shares: finding a root or a
 * translation in the actor's scope, asking the editorial policy, edit-conflict checks,
 * and publishing the typed events.
 */
@Component
class ContentAccess {

	private final ContentStores stores;

	private final SiteLocales siteLocales;

	private final TranslationRevisions revisions;

	private final FourEyesSettings fourEyes;

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	private final EditorialPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentAccess(ContentStores stores, SiteLocales siteLocales, TranslationRevisions revisions,
			FourEyesSettings fourEyes, TopicRepository topics, TopicTranslationRepository topicTranslations,
			EditorialPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.stores = stores;
		this.siteLocales = siteLocales;
		this.revisions = revisions;
		this.fourEyes = fourEyes;
		this.topics = topics;
		this.topicTranslations = topicTranslations;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	ContentStores stores() {
		return this.stores;
	}

	Instant now() {
		return this.clock.instant();
	}

	Clock clock() {
		return this.clock;
	}

	EditorialPolicy policy() {
		return this.policy;
	}

	boolean isFourEyesRequired(CountryScope country) {
		return this.fourEyes.isRequired(country);
	}

	/** The facts the editorial policy decides on, of one translation (or none yet). */
	<T extends TranslatedText> EditorialItem facts(TranslationStore.RootFacts root, T translation) {
		boolean fourEyes = isFourEyesRequired(root.country());
		if (translation == null) {
			return new EditorialItem(root.country(), root.organizationId(), WorkflowState.DRAFT, false,
					root.entity().isDeleted(), null, fourEyes);
		}
		return new EditorialItem(root.country(), root.organizationId(), translation.workflowState(),
				translation.isLive(), root.entity().isDeleted(), translation.getLastEditorId(), fourEyes);
	}

	/**
	 * Throws unless the policy allows the action on the translation now; a refusal
	 * becomes the content module's rule error, with the policy's reason.
	 */
	<T extends TranslatedText> void require(Actor actor, TranslationStore<T> store, TranslationStore.RootFacts root,
			T translation, EditorialAction action) {
		try {
			this.policy.require(actor, store.kind().editable(), facts(root, translation), action);
		}
		catch (EditorialRefusal ex) {
			throw new ContentRuleException(null, ex.messageKey());
		}
	}

	/**
	 * The translation as its editor loaded it, or an edit conflict with what is stored.
	 */
	<T extends TranslatedText> T current(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = translationInScope(actor, store, id, locale);
		if (translation.getVersion() != loadedVersion) {
			throw new EditConflictException(textOf(translation), translation.getVersion(),
					lastAuthor(store, translation));
		}
		return translation;
	}

	<T extends TranslatedText> T translationInScope(Actor actor, TranslationStore<T> store, Long id, String locale) {
		rootInScope(actor, store, id);
		return store.find(id, requireLocale(locale)).orElseThrow(ContentNotFoundException::page);
	}

	/**
	 * The root, if it exists, is not in the trash and the actor may work on it; else not
	 * found or denied.
	 */
	TranslationStore.RootFacts rootInScope(Actor actor, TranslationStore<?> store, Long id) {
		requireRole(actor, StaffRole.TRANSLATOR);
		TranslationStore.RootFacts root = store.findRoot(id).orElseThrow(ContentNotFoundException::page);
		if (!actor.canWorkOn(root.country(), root.organizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		return root;
	}

	String requireLocale(String locale) {
		return this.siteLocales.find(locale)
			.map((siteLocale) -> siteLocale.tag())
			.orElseThrow(ContentNotFoundException::page);
	}

	/** Translators write only into their target languages, never the source text. */
	static void requireWriteIn(Actor actor, TranslationStore.RootFacts root, String locale) {
		boolean translator = !actor.hasRole(StaffRole.EDITOR);
		if (!actor.canWriteIn(locale) || (translator && locale.equals(root.sourceLocale()))) {
			throw new AccessDeniedException("Not a language this person writes in");
		}
	}

	static void requireRole(Actor actor, StaffRole role) {
		if (actor == null || !actor.hasRole(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

	/** The titles of every topic, in the language of the request. */
	Map<Long, String> topicTitles() {
		return titlesOf(this.topics.findAll(), LocaleContextHolder.getLocale().toLanguageTag());
	}

	/**
	 * The titles of these topics in the best language for {@code tag}, in their order.
	 */
	Map<Long, String> titlesOf(List<Topic> topics, String tag) {
		Map<Long, List<TopicTranslation>> texts = this.topicTranslations
			.findByTopicIdIn(topics.stream().map(Topic::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TopicTranslation::getTopicId));
		Map<Long, String> titles = new LinkedHashMap<>();
		for (Topic topic : topics) {
			this.siteLocales
				.pickBest(this.siteLocales.findOrDefault(tag), texts.getOrDefault(topic.getId(), List.of()),
						TopicTranslation::getLocale)
				.ifPresent((text) -> titles.put(topic.getId(), text.getTitle()));
		}
		return titles;
	}

	String lastAuthor(TranslationStore<?> store, TranslatedText translation) {
		return this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getAuthorEmail)
			.orElse(null);
	}

	static TranslationDraft textOf(TranslatedText translation) {
		return new TranslationDraft(translation.getTitle(), translation.getSlug(), translation.getSummary(),
				translation.getBodyMarkdown(), "", false);
	}

	/** Publishes what happened to a translation, done by the actor (or the schedule). */
	<T extends TranslatedText> void changed(Actor actor, TranslationStore<T> store, T translation,
			EditorialChange change, String reason) {
		TranslationStore.RootFacts root = store.findAnyRoot(store.rootId(translation)).orElseThrow();
		this.events.publishEvent(EditorialEvent.of(store.kind().editable(), root.id(), translation.getLocale(), change,
				translation.getTitle(), root.country(), root.organizationId(), translation.getLastEditorId(), reason,
				actor, this.clock.instant(),
				"/admin/" + store.kind().segment() + "/" + root.id() + "/" + translation.getLocale()));
	}

	/** Publishes what happened to a page, topic or news item as a whole. */
	void rootChanged(Actor actor, ContentKind kind, TranslationStore.RootFacts root, EditorialChange change) {
		this.events.publishEvent(EditorialEvent.of(kind.editable(), root.id(), null, change,
				root.entity().getContentKey(), root.country(), root.organizationId(), null, null, actor,
				this.clock.instant(), "/admin/" + kind.segment()));
	}

}
