package org.migrantportal.editorial;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.migrantportal.shared.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do which action to an item in which state, for every editable kind: the role
 * the action needs, the person's country and organization scope, the state the item must
 * be in, four eyes and the trash. Services ask it before each action, and screens ask it
 * which buttons to show, so both always agree.
 */
@Component
public class EditorialPolicy {

	/**
	 * Throws unless the actor may do the action to the item now:
	 * {@link AccessDeniedException} when their role or scope does not reach it,
	 * {@link EditorialRefusal} with the reason when the item's state does not allow it.
	 */
	public void require(Actor actor, EditableKind kind, EditorialItem item, EditorialAction action) {
		if (!permitted(actor, kind, item, action)) {
			throw new AccessDeniedException(action + " on " + kind.key() + " needs more rights");
		}
		String refusal = refusal(actor, kind, item, action);
		if (refusal != null) {
			throw new EditorialRefusal(action, refusal);
		}
	}

	/** Every action the actor may do to the item now: the buttons a screen shows. */
	public Set<EditorialAction> available(Actor actor, EditableKind kind, EditorialItem item) {
		Set<EditorialAction> actions = EnumSet.noneOf(EditorialAction.class);
		for (EditorialAction action : EditorialAction.values()) {
			if (permitted(actor, kind, item, action) && refusal(actor, kind, item, action) == null) {
				actions.add(action);
			}
		}
		return actions;
	}

	/**
	 * Whether the actor's role and scope reach this action on the item, whatever its
	 * state.
	 */
	public boolean permitted(Actor actor, EditableKind kind, EditorialItem item, EditorialAction action) {
		return actor != null && actor.hasRole(action.requiredRole(kind.writer()))
				&& actor.canWorkOn(item.country(), item.organizationId());
	}

	/**
	 * Why the item's state does not allow the action, as a message key; null when it
	 * does.
	 */
	public String refusal(Actor actor, EditableKind kind, EditorialItem item, EditorialAction action) {
		if (item.inTrash() != (action == EditorialAction.RESTORE || action == EditorialAction.PURGE)) {
			return item.inTrash() ? "editorial.refused.in-trash" : "editorial.refused.not-in-trash";
		}
		return switch (action) {
			case SUBMIT -> (item.state() == WorkflowState.DRAFT) ? null : "editorial.refused.not-a-draft";
			case SEND_BACK -> (item.state() == WorkflowState.IN_REVIEW) ? null : "editorial.refused.not-in-review";
			case PUBLISH -> (item.state() == WorkflowState.PUBLISHED) ? "editorial.refused.already-published"
					: fourEyes(actor, item);
			case SCHEDULE -> fourEyes(actor, item);
			case UNPUBLISH -> item.live() ? null : "editorial.refused.not-online";
			case MOVE_TO_TRASH -> kind.trashable() ? null : "editorial.refused.not-trashable";
			case PURGE, RESTORE -> kind.trashable() ? null : "editorial.refused.not-trashable";
			case SAVE, VERIFY -> null;
		};
	}

	/**
	 * Where four eyes apply, the person who saved the working copy does not publish it.
	 */
	private static String fourEyes(Actor actor, EditorialItem item) {
		return (item.fourEyes() && item.lastEditorId() != null
				&& Objects.equals(item.lastEditorId(), actor.accountId())) ? "editorial.refused.four-eyes" : null;
	}

}
