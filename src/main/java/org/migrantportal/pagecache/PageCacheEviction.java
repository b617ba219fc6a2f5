package org.migrantportal.pagecache;

import java.util.List;

import org.migrantportal.editorial.EditorialEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evicts the pages a committed editorial change affects: the pages showing the item
 * ({@code PAGE:12}) and those listing its kind ({@code PAGE}), here at once and on the
 * other nodes through {@link PageCacheNotifications}. Synchronous on purpose: the editor
 * who publishes sees the change on the very next request.
 */
@Component
class PageCacheEviction {

	private final PageCache cache;

	private final PageCacheNotifications notifications;

	PageCacheEviction(PageCache cache, PageCacheNotifications notifications) {
		this.cache = cache;
		this.notifications = notifications;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(EditorialEvent event) {
		if (!event.change().changesPublicSite()) {
			return;
		}
		String kind = event.kind().key();
		List<String> tags = (event.subjectId() != null) ? List.of(kind + ":" + event.subjectId(), kind) : List.of(kind);
		this.cache.evict(tags);
		this.notifications.publish(tags);
	}

}
