package org.migrantportal.notifications;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.OutgoingMail;
import org.migrantportal.accounts.ReviewMailRecipients;
import org.migrantportal.accounts.ReviewMailRecipients.Recipient;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the people a workflow step concerns, in the back-office language each chose:
 * the reviewers whose scope reaches a submitted text, and the editor of a text sent back
 * (with the reviewer's reason). A mail server that cannot be reached is logged, never
 * fails the editor's action.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class ReviewMail {

	private static final Logger logger = LoggerFactory.getLogger(ReviewMail.class);

	private final ReviewMailRecipients recipients;

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final SiteLocales siteLocales;

	private final NotificationProperties properties;

	ReviewMail(ReviewMailRecipients recipients, OutgoingMail mail, MessageSource messages, SiteLocales siteLocales,
			NotificationProperties properties) {
		this.recipients = recipients;
		this.mail = mail;
		this.messages = messages;
		this.siteLocales = siteLocales;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(EditorialEvent event) {
		JavaMailSender sender = this.mail.sender().orElse(null);
		if (sender == null) {
			return;
		}
		if (event.change() == EditorialChange.SUBMITTED) {
			for (Recipient reviewer : this.recipients.reviewersOf(event.country(), event.organizationId(),
					event.actorId())) {
				send(sender, reviewer, "submitted", event);
			}
		}
		else if (event.change() == EditorialChange.SENT_BACK && event.editorId() != null
				&& !event.editorId().equals(event.actorId())) {
			this.recipients.find(event.editorId()).ifPresent((editor) -> send(sender, editor, "sent-back", event));
		}
	}

	private void send(JavaMailSender sender, Recipient recipient, String what, EditorialEvent event) {
		Locale locale = Locale.forLanguageTag(
				(recipient.uiLocale() != null) ? recipient.uiLocale() : this.siteLocales.defaultLocale().tag());
		String kind = this.messages.getMessage(event.kind().messageKey(), null, event.kind().key(), locale);
		String language = (event.locale() != null) ? this.siteLocales.find(event.locale())
			.map((siteLocale) -> siteLocale.nativeName())
			.orElse(event.locale()) : "";
		Object[] arguments = { recipient.displayName(), event.title(), kind, language,
				(event.actorEmail() != null) ? event.actorEmail() : "", (event.reason() != null) ? event.reason() : "",
				this.properties.link(event.editPath()), this.properties.link("/admin") };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(recipient.email());
		message.setSubject(this.messages.getMessage("editorial.mail." + what + ".subject", arguments, locale));
		message.setText(String.join("\n\n",
				List.of(this.messages.getMessage("editorial.mail." + what + ".body", arguments, locale),
						this.messages.getMessage("editorial.mail.footer", arguments, locale))));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			logger.warn("Could not e-mail {} about {} {}: {}", recipient.email(), event.auditAction(),
					event.subjectId(), ex.getMessage());
		}
	}

}
