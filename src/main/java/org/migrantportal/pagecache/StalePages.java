package org.migrantportal.pagecache;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a stale copy safe to show: an HTML page gets a note, in the page's language, that
 * it may be out of date, right at the start of its main content.
 */
@Component
class StalePages {

	private final MessageSource messages;

	private final SiteLocales siteLocales;

	StalePages(MessageSource messages, SiteLocales siteLocales) {
		this.messages = messages;
		this.siteLocales = siteLocales;
	}

	CachedPage withNote(CachedPage page, String path) {
		if (page.contentType() == null || !page.contentType().startsWith("text/html")) {
			return page;
		}
		String html = new String(page.body(), StandardCharsets.UTF_8);
		int main = html.indexOf("<main");
		int at = (main >= 0) ? html.indexOf('>', main) + 1 : -1;
		if (at <= 0) {
			return page;
		}
		String note = "<p class=\"notice stale-notice\" role=\"status\">"
				+ HtmlUtils.htmlEscape(this.messages.getMessage("pagecache.stale-notice", null, localeOf(path)),
						StandardCharsets.UTF_8.name())
				+ "</p>";
		return page.withBody(html.substring(0, at) + note + html.substring(at));
	}

	private Locale localeOf(String path) {
		int end = path.indexOf('/', 1);
		String tag = (end > 0) ? path.substring(1, end) : path.substring(Math.min(1, path.length()));
		SiteLocale locale = this.siteLocales.findOrDefault(tag);
		return Locale.forLanguageTag(locale.tag());
	}

	/** Whether a failure means the database cannot be reached (rather than a bug). */
	static boolean databaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
