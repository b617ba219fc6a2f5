package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.editorial.WorkItem;
import org.migrantportal.editorial.WorkSource;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The help contacts in draft or in review, for the review queue. */
@Component
class HelpContactWork implements WorkSource {

	private final HelpContactRepository contacts;

	private final HelpContactEditingService editing;

	private final FourEyesSettings fourEyes;

	HelpContactWork(HelpContactRepository contacts, HelpContactEditingService editing, FourEyesSettings fourEyes) {
		this.contacts = contacts;
		this.editing = editing;
		this.fourEyes = fourEyes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openWork(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			return List.of();
		}
		String locale = LocaleContextHolder.getLocale().toLanguageTag();
		List<WorkItem> items = new ArrayList<>();
		Map<CountryScope, Boolean> fourEyes = new EnumMap<>(CountryScope.class);
		for (HelpContact contact : this.contacts.findByDeletedAtIsNullOrderByPositionAscIdAsc()) {
			WorkflowState state = contact.getState();
			if ((state != WorkflowState.DRAFT && state != WorkflowState.IN_REVIEW)
					|| !HelpContactEditingService.reaches(actor, contact.getCountryScope())) {
				continue;
			}
			String name = this.editing.nameOf(contact, locale);
			items.add(new WorkItem(DirectoryKinds.HELP_CONTACT, contact.getId(), null, name,
					"/admin/help-contacts/" + contact.getId(), state, contact.getCountryScope(), null,
					contact.getLastEditorId(),
					fourEyes.computeIfAbsent(contact.getCountryScope(), this.fourEyes::isRequired),
					contact.getSentBackReason(), contact.getSentBackBy(), contact.getUpdatedAt()));
		}
		return items;
	}

}
