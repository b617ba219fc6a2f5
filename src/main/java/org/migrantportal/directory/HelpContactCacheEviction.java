package org.migrantportal.directory;

import org.migrantportal.editorial.EditorialEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the help contacts kept in memory once a change to a help contact is committed,
 * so the next page view (and its ETag) shows what was published. Synchronous on purpose:
 * the editor who publishes sees the change on the very next request.
 */
@Component
class HelpContactCacheEviction {

	private final HelpContactService helpContacts;

	HelpContactCacheEviction(HelpContactService helpContacts) {
		this.helpContacts = helpContacts;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(EditorialEvent event) {
		if (DirectoryKinds.HELP_CONTACT.equals(event.kind())) {
			this.helpContacts.evict();
		}
	}

}
