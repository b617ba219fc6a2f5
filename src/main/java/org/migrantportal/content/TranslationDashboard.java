package org.migrantportal.content;

import java.util.List;
import java.util.Map;

/**
 * The translation dashboard: a row per page or topic, a cell per language, counts per
 * status, and each language's progress (the share of items published in it and up to
 * date).
 */
public record TranslationDashboard(List<String> locales, List<Row> rows,
		Map<String, Map<TranslationStatus, Integer>> counts, Map<String, Integer> progressPercent) {

	/** One page or topic. */
	public record Row(ContentKind kind, Long id, String title, Map<String, Cell> cells) {
	}

	/**
	 * One language of one item; {@code awaitingNativeReview} is shown beside the status.
	 */
	public record Cell(TranslationStatus status, boolean awaitingNativeReview) {
	}

}
