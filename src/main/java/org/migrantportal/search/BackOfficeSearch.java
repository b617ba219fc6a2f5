package org.migrantportal.search;

import java.util.List;

import org.migrantportal.content.ContentOverview;
import org.migrantportal.content.ContentKind;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Service;

/**
 * The back-office search: the working text (drafts, texts in review and published ones)
 * of the pages and news the staff member may work on, with the public search's analysis
 * and query. Each search indexes that member's texts afresh in memory: drafts change with
 * every save, what one may see depends on who asks, and a few thousand texts index in
 * milliseconds, so nothing can be stale and nothing outside the actor's scope is ever in
 * the index searched.
 */
@Service
public class BackOfficeSearch {

	private final ContentOverview editing;

	private final SearchService search;

	private final SiteLocales siteLocales;

	BackOfficeSearch(ContentOverview editing, SearchService search, SiteLocales siteLocales) {
		this.editing = editing;
		this.search = search;
		this.siteLocales = siteLocales;
	}

	/** A page of the actor's texts that match what they typed. */
	public SearchResults search(Actor actor, SiteLocale language, String typed, SearchType type, CountryScope country,
			int page) {
		List<SearchDocument> documents = this.editing.workingTexts(actor)
			.stream()
			.map((entry) -> new SearchDocument((entry.kind() == ContentKind.NEWS) ? SearchType.NEWS : SearchType.PAGE,
					entry.id(), entry.locale(), entry.country(), entry.title(), entry.summary(), entry.bodyText(),
					entry.path(), entry.publishedAt()))
			.toList();
		try (LuceneSearchEngine drafts = new LuceneSearchEngine(
				this.siteLocales.all().stream().map(SiteLocale::tag).toList(), null)) {
			drafts.replaceAll(documents);
			return this.search.searchIn(drafts, language, typed, type, country, page);
		}
	}

}
