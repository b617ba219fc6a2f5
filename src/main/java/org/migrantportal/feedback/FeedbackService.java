package org.migrantportal.feedback;

import java.time.Clock;
import java.time.LocalDate;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.ControlCharacters;
import org.migrantportal.shared.PageTags;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a visitor's feedback: the target must be public now, the text is bounded, cleaned
 * of control characters and likely personal data, and only the day is kept.
 */
@Service
public class FeedbackService {

	/** The longest text a visitor may send, in characters. */
	public static final int MAX_TEXT_LENGTH = 500;

	private final FeedbackRepository repository;

	private final FeedbackTargets targets;

	private final Clock clock;

	FeedbackService(FeedbackRepository repository, FeedbackTargets targets, Clock clock) {
		this.repository = repository;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * The public page or service feedback may be about, tagged for the page cache.
	 * @throws FeedbackTargetNotFoundException when the public does not see it
	 */
	@Transactional(readOnly = true)
	public FeedbackTarget getTarget(FeedbackTargetKind kind, long id, SiteLocale locale) {
		PageTags.item(kind.name(), id);
		return this.targets.findPublished(kind, id, locale)
			.orElseThrow(() -> new FeedbackTargetNotFoundException(kind, id));
	}

	/** Whether a text is short enough to be taken (the form says so before sending). */
	public static boolean isTooLong(String text) {
		return text != null && text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH;
	}

	/**
	 * Keeps one answer about a public target.
	 * @throws FeedbackTargetNotFoundException when the public does not see the target
	 * @throws IllegalArgumentException when the text is too long
	 */
	@Transactional
	public void record(SiteLocale locale, FeedbackTargetKind kind, long id, boolean useful, String text) {
		if (isTooLong(text)) {
			throw new IllegalArgumentException("Feedback text longer than " + MAX_TEXT_LENGTH);
		}
		FeedbackTarget target = this.targets.findPublished(kind, id, locale)
			.orElseThrow(() -> new FeedbackTargetNotFoundException(kind, id));
		String cleaned = PersonalData.strip(ControlCharacters.strip(text));
		String comment = (cleaned == null || cleaned.isBlank()) ? null : cleaned.strip();
		LocalDate day = LocalDate.now(this.clock.withZone(target.country().zone()));
		this.repository.save(new Feedback(kind, id, locale.tag(), useful, comment, day));
	}

}
