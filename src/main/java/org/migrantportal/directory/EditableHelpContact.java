package org.migrantportal.directory;

import org.migrantportal.editorial.WorkflowState;

/**
 * A help contact as the back-office edits it: its working document, version, state and a
 * reviewer's send-back reason.
 *
 * @param published whether a published revision is online
 */
public record EditableHelpContact(Long id, long version, WorkflowState state, boolean published, boolean deleted,
		HelpContactDocument document, String sentBackReason, String sentBackBy) {

	/** The name in the language asked for, else in any language it has. */
	public String name(String locale) {
		HelpContactDocument.Text text = this.document.texts().get(locale);
		if (text != null && text.name() != null && !text.name().isBlank()) {
			return text.name();
		}
		return this.document.texts()
			.values()
			.stream()
			.map(HelpContactDocument.Text::name)
			.filter((name) -> name != null && !name.isBlank())
			.findFirst()
			.orElse("#" + this.id);
	}

}
