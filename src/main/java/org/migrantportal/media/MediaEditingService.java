package org.migrantportal.media;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's work on the files in the library: the list of their scope, a file's details,
 * its words in each language (with conflict detection per language), the review that lets
 * the public site serve it, and the trash. Role and scope are checked here: staff of a
 * country or an organization see and change only their scope's files.
 */
@Service
@Transactional
public class MediaEditingService {

	public static final int PAGE_SIZE = 24;

	private final MediaAssetRepository assets;

	private final MediaAssetTranslationRepository translations;

	private final SiteLocales siteLocales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EditorialPolicy policy;

	private final FourEyesSettings fourEyes;

	private final ObjectProvider<MediaUsages> usages;

	MediaEditingService(MediaAssetRepository assets, MediaAssetTranslationRepository translations,
			SiteLocales siteLocales, ApplicationEventPublisher events, Clock clock, EditorialPolicy policy,
			FourEyesSettings fourEyes, ObjectProvider<MediaUsages> usages) {
		this.usages = usages;
		this.policy = policy;
		this.fourEyes = fourEyes;
		this.assets = assets;
		this.translations = translations;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
	}

	/** The files of the actor's scope that match the filter, newest first. */
	@Transactional(readOnly = true)
	public Page<MediaSummary> list(Actor actor, MediaFilter filter, int page, String locale) {
		return list(actor, filter, locale, false, PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/**
	 * The files of the actor's scope that match the filter: all of them for editors, or
	 * only the reviewed ones (which the public may see already), for anyone who writes
	 * texts, translators included.
	 */
	@Transactional(readOnly = true)
	Page<MediaSummary> list(Actor actor, MediaFilter filter, String locale, boolean reviewedOnly, Pageable pageable) {
		if (!reviewedOnly || actor == null || !actor.hasRole(StaffRole.TRANSLATOR)) {
			MediaLibrary.requireEditor(actor);
		}
		String title = (filter.title() != null) ? filter.title().replaceAll("[\\\\%_]", "") : null;
		Page<MediaAsset> found = this.assets.search(countriesOf(actor),
				(actor.restrictedToOrganization() && !actor.hasRole(StaffRole.ADMIN)) ? organizationOf(actor) : null,
				filter.kind(), title, filter.country(), filter.language(), excluded(filter), reviewedOnly, pageable);
		Map<Long, List<MediaAssetTranslation>> texts = this.translations
			.findByAssetIdIn(found.map(MediaAsset::getId).getContent())
			.stream()
			.collect(Collectors.groupingBy(MediaAssetTranslation::getAssetId));
		return found.map((asset) -> new MediaSummary(asset.getId(), asset.getKind(),
				titleOf(asset, texts.getOrDefault(asset.getId(), List.of()), locale), asset.getContentType(),
				asset.getByteSize(), asset.getWidth(), asset.getHeight(), asset.getCountryScope(), asset.isReviewed(),
				asset.getCreatedAt(), asset.getCreatedBy(), previewPath(asset)));
	}

	/** The files to leave out: those in use, for the "unused" filter; never empty. */
	private Collection<Long> excluded(MediaFilter filter) {
		Set<Long> excluded = new HashSet<>(Set.of(-1L));
		if (filter.unusedOnly()) {
			this.usages.orderedStream().forEach((source) -> excluded.addAll(source.usedFileIds()));
		}
		return excluded;
	}

	/** A file of the actor's scope, in the trash or not. */
	@Transactional(readOnly = true)
	public MediaDetails get(Actor actor, long id) {
		return details(inScope(actor, id));
	}

	/**
	 * Saves a file's words in one language.
	 * @param loadedVersion the version of that language's words the form was loaded with
	 * (0 when there were none)
	 * @throws MediaEditConflictException when someone saved that language meanwhile
	 */
	public void updateText(Actor actor, long id, String locale, MediaText text, long loadedVersion) {
		MediaAsset asset = inScope(actor, id);
		SiteLocale language = this.siteLocales.find(locale).orElseThrow(() -> MediaNotFoundException.of(id));
		if (!text.fits()) {
			throw new IllegalArgumentException("Media text too long");
		}
		Optional<MediaAssetTranslation> existing = this.translations.findByAssetIdAndLocale(id, language.tag());
		long stored = existing.map((translation) -> translation.getVersion() + 1).orElse(0L);
		if (stored != loadedVersion) {
			throw new MediaEditConflictException(language.tag());
		}
		MediaAssetTranslation translation = existing.orElseGet(() -> new MediaAssetTranslation(id, language.tag()));
		Instant now = this.clock.instant();
		translation.change(text, actor.email(), now);
		this.translations.save(translation);
		asset.touched(actor.email(), now);
		// the words of a public file show at once on the pages that show it
		changed(asset,
				(asset.isReviewed() && !asset.isTrashed()) ? EditorialChange.DETAILS_CHANGED : EditorialChange.SAVED,
				language.tag(), actor, now);
	}

	/**
	 * A reviewer lets the public site serve the file; where the file's country requires
	 * four eyes, not the person who uploaded it.
	 * @throws org.migrantportal.editorial.EditorialRefusal when the workflow does not
	 * allow it
	 */
	public void review(Actor actor, long id) {
		if (!actor.hasRole(StaffRole.REVIEWER)) {
			throw new AccessDeniedException("Needs role REVIEWER");
		}
		MediaAsset asset = inScope(actor, id);
		if (asset.isTrashed() || asset.isReviewed()) {
			return;
		}
		this.policy.require(actor, MediaKinds.MEDIA, facts(asset), EditorialAction.PUBLISH);
		Instant now = this.clock.instant();
		asset.reviewed(actor.email(), now);
		changed(asset, EditorialChange.PUBLISHED, null, actor, now);
	}

	public void moveToTrash(Actor actor, long id) {
		MediaAsset asset = inScope(actor, id);
		if (!asset.isTrashed()) {
			Instant now = this.clock.instant();
			asset.moveToTrash(actor.email(), now);
			changed(asset, EditorialChange.MOVED_TO_TRASH, null, actor, now);
		}
	}

	public void restore(Actor actor, long id) {
		MediaAsset asset = inScope(actor, id);
		if (asset.isTrashed()) {
			asset.restore();
			changed(asset, EditorialChange.RESTORED, null, actor, this.clock.instant());
		}
	}

	/**
	 * Changes the language of the words in a file (a leaflet, an infographic); null or
	 * empty for none or several.
	 * @throws IllegalArgumentException when the language is not one of the site's
	 */
	public void changeDocumentLanguage(Actor actor, long id, String language) {
		MediaAsset asset = inScope(actor, id);
		String tag = null;
		if (language != null && !language.isBlank()) {
			tag = this.siteLocales.find(language)
				.orElseThrow(() -> new IllegalArgumentException("Not a language of the site"))
				.tag();
		}
		if (Objects.equals(tag, asset.getDocumentLanguage())) {
			return;
		}
		Instant now = this.clock.instant();
		asset.changeDocumentLanguage(tag, actor.email(), now);
		changed(asset,
				(asset.isReviewed() && !asset.isTrashed()) ? EditorialChange.DETAILS_CHANGED : EditorialChange.SAVED,
				null, actor, now);
	}

	/** The facts the editorial policy decides on: an unreviewed file waits in review. */
	EditorialItem facts(MediaAsset asset) {
		return new EditorialItem(asset.getCountryScope(), asset.getOrganizationId(),
				asset.isReviewed() ? WorkflowState.PUBLISHED : WorkflowState.IN_REVIEW, asset.isReviewed(),
				asset.isTrashed(), asset.getFileById(), this.fourEyes.isRequired(asset.getCountryScope()));
	}

	/**
	 * Whether the actor could review the file had they just supplied its bytes
	 * themselves: a reviewer of its scope where four eyes do not apply.
	 */
	boolean mayApprove(Actor actor, MediaAsset asset) {
		EditorialItem supplied = new EditorialItem(asset.getCountryScope(), asset.getOrganizationId(),
				WorkflowState.IN_REVIEW, false, false, actor.accountId(),
				this.fourEyes.isRequired(asset.getCountryScope()));
		return this.policy.permitted(actor, MediaKinds.MEDIA, supplied, EditorialAction.PUBLISH)
				&& this.policy.refusal(actor, MediaKinds.MEDIA, supplied, EditorialAction.PUBLISH) == null;
	}

	private void changed(MediaAsset asset, EditorialChange change, String locale, Actor actor, Instant now) {
		this.events.publishEvent(EditorialEvent.of(MediaKinds.MEDIA, asset.getId(), locale, change,
				asset.getOriginalFilename(), asset.getCountryScope(), asset.getOrganizationId(), null, null, actor, now,
				"/admin/media/" + asset.getId()));
	}

	MediaAsset inScope(Actor actor, long id) {
		MediaLibrary.requireEditor(actor);
		MediaAsset asset = this.assets.findById(id).orElseThrow(() -> MediaNotFoundException.of(id));
		if (!actor.canWorkOn(asset.getCountryScope(), asset.getOrganizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		return asset;
	}

	private MediaDetails details(MediaAsset asset) {
		Map<String, MediaDetails.Text> texts = new HashMap<>();
		for (MediaAssetTranslation translation : this.translations.findByAssetId(asset.getId())) {
			texts.put(translation.getLocale(), new MediaDetails.Text(translation.text(), translation.getVersion() + 1));
		}
		for (SiteLocale locale : this.siteLocales.all()) {
			texts.putIfAbsent(locale.tag(), new MediaDetails.Text(MediaText.EMPTY, 0));
		}
		MediaFormat format = MediaFormat.ofContentType(asset.getContentType()).orElseThrow();
		List<MediaDetails.SizedPath> variants = asset.getVariants()
			.stream()
			.map((variant) -> new MediaDetails.SizedPath(variant.getWidth(), variant.getHeight(),
					MediaPaths.of(asset.getId(), asset.getContentHash(), asset.getOriginalFilename(), format,
							variant.getWidth())))
			.toList();
		return new MediaDetails(asset.getId(), asset.getKind(), asset.getContentType(), asset.getByteSize(),
				asset.getWidth(), asset.getHeight(), asset.getContentHash(), asset.getOriginalFilename(),
				asset.getCountryScope(), asset.getOrganizationId(), asset.isReviewed(), asset.getCreatedAt(),
				asset.getCreatedBy(), asset.getUpdatedAt(), asset.getUpdatedBy(), asset.isTrashed(),
				MediaPaths.of(asset.getId(), asset.getContentHash(), asset.getOriginalFilename(), format, null),
				variants, texts, asset.getDocumentLanguage(), asset.getFileReplacedAt());
	}

	/** The file's title in the language asked for, else any, else its file name. */
	String titleOf(MediaAsset asset, String locale) {
		return titleOf(asset, this.translations.findByAssetId(asset.getId()), locale);
	}

	private String titleOf(MediaAsset asset, List<MediaAssetTranslation> texts, String locale) {
		return texts.stream()
			.sorted(Comparator.comparing((MediaAssetTranslation text) -> !text.getLocale().equals(locale)))
			.map((text) -> text.text().title())
			.filter((title) -> !title.isEmpty())
			.findFirst()
			.orElse(asset.getOriginalFilename());
	}

	/** The back-office URL of an image's smallest copy (or itself), for thumbnails. */
	static String previewPath(MediaAsset asset) {
		if (asset.getKind() != MediaKind.IMAGE) {
			return null;
		}
		List<MediaVariant> variants = asset.getVariants();
		return "/admin/media/" + asset.getId() + "/file"
				+ (variants.isEmpty() ? "" : "?width=" + variants.get(0).getWidth());
	}

	private static Set<CountryScope> countriesOf(Actor actor) {
		if (actor.hasRole(StaffRole.ADMIN) || actor.countryScope() == CountryScope.BOTH) {
			return EnumSet.allOf(CountryScope.class);
		}
		return EnumSet.of(actor.countryScope(), CountryScope.BOTH);
	}

	private static Long organizationOf(Actor actor) {
		// an organization's staff without an organization see nothing rather than all
		return (actor.organizationId() != null) ? actor.organizationId() : -1L;
	}

}
