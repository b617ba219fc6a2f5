package org.migrantportal.feedback;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentTarget;
import org.migrantportal.content.ContentTargets;
import org.migrantportal.directory.ServiceTarget;
import org.migrantportal.directory.ServiceTargets;
import org.migrantportal.i18n.SiteLocale;

import org.springframework.stereotype.Component;

/**
 * Finds what feedback is about in the module that owns it (content or directory), so the
 * target is always resolved on the server from a kind and an id.
 */
@Component
class FeedbackTargets {

	private final ContentTargets content;

	private final ServiceTargets services;

	FeedbackTargets(ContentTargets content, ServiceTargets services) {
		this.content = content;
		this.services = services;
	}

	/** The target if the public sees it now. */
	Optional<FeedbackTarget> findPublished(FeedbackTargetKind kind, long id, SiteLocale locale) {
		if (kind == FeedbackTargetKind.SERVICE) {
			return this.services.findPublished(id, locale).map(FeedbackTargets::of);
		}
		return this.content.findPublished(ContentKind.valueOf(kind.name()), id, locale).map(FeedbackTargets::of);
	}

	/** Each target of these ids, as a gone one when it no longer exists. */
	Map<Long, FeedbackTarget> findAll(FeedbackTargetKind kind, Collection<Long> ids, SiteLocale locale) {
		Map<Long, FeedbackTarget> found = new LinkedHashMap<>();
		if (kind == FeedbackTargetKind.SERVICE) {
			this.services.findAll(ids, locale).forEach((id, target) -> found.put(id, of(target)));
		}
		else {
			this.content.findAll(ContentKind.valueOf(kind.name()), ids, locale)
				.forEach((id, target) -> found.put(id, of(target)));
		}
		ids.forEach((id) -> found.computeIfAbsent(id, (missing) -> FeedbackTarget.gone(kind, missing)));
		return found;
	}

	private static FeedbackTarget of(ContentTarget target) {
		return new FeedbackTarget(FeedbackTargetKind.valueOf(target.kind().name()), target.id(), target.country(),
				target.organizationId(), target.title(), target.path());
	}

	private static FeedbackTarget of(ServiceTarget target) {
		return new FeedbackTarget(FeedbackTargetKind.SERVICE, target.id(), target.country(), target.organizationId(),
				target.name(), target.path());
	}

}
