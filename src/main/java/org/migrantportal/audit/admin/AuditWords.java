package org.migrantportal.audit.admin;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.migrantportal.audit.AuditEntryView;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the audit trail's codes (actions such as {@code PAGE_PUBLISHED}, subject types
 * such as {@code SERVICE}) into words of the reader's language; a code without words is
 * shown as itself.
 */
@Component
class AuditWords {

	/**
	 * The kinds of record an action code may start with; the longest match wins, so
	 * {@code COUNTRY_SETTING_FOUR_EYES_true} is a country setting.
	 */
	static final List<String> SUBJECT_TYPES = List.of("PAGE", "TOPIC", "NEWS", "SERVICE", "ORGANIZATION",
			"HELP_CONTACT", "ACCOUNT", "COUNTRY_SETTING", "REQUEST", "CALL_BACK", "CALL_BACK_SETTING");

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	/** One entry of the trail with its codes in words. */
	AuditRow row(AuditEntryView entry, Locale locale) {
		return new AuditRow(entry, action(entry.action(), entry.subjectType(), locale),
				subject(entry.subjectType(), locale), summary(entry.summary(), locale));
	}

	/** What happened, e.g. "Published" for {@code PAGE_PUBLISHED} of a page. */
	String action(String action, String subjectType, Locale locale) {
		if (action == null) {
			return "";
		}
		String verb = (subjectType != null && action.startsWith(subjectType + "_"))
				? action.substring(subjectType.length() + 1) : action;
		return words("audit.verb.", verb, action, locale);
	}

	/** The kind of record, e.g. "Page" for {@code PAGE}. */
	String subject(String subjectType, Locale locale) {
		return (subjectType != null) ? words("audit.subject.", subjectType, subjectType, locale) : "";
	}

	/**
	 * An action as a filter offers it, naming the kind of record too: "Page: published".
	 */
	AuditChoice choice(String action, Locale locale) {
		String subjectType = SUBJECT_TYPES.stream()
			.filter((type) -> action.startsWith(type + "_"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		String verb = action(action, subjectType, locale);
		if (subjectType == null || verb.equals(action)) {
			return new AuditChoice(action, verb);
		}
		return new AuditChoice(action,
				this.messages.getMessage("audit.choice", new Object[] { subject(subjectType, locale), verb }, locale));
	}

	/** The actions a filter offers, in the reader's alphabetical order of their words. */
	List<AuditChoice> actionChoices(List<String> actions, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return actions.stream()
			.map((action) -> choice(action, locale))
			.sorted(Comparator.comparing(AuditChoice::words, collator))
			.toList();
	}

	/** The kinds of record a filter offers. */
	List<AuditChoice> subjectChoices(List<String> subjectTypes, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return subjectTypes.stream()
			.map((type) -> new AuditChoice(type, subject(type, locale)))
			.sorted(Comparator.comparing(AuditChoice::words, collator))
			.toList();
	}

	/**
	 * The entry's details with role and country codes (e.g. {@code EDITOR GEORGIA}) in
	 * words; everything else as written.
	 */
	String summary(String summary, Locale locale) {
		if (summary == null || summary.isBlank()) {
			return "";
		}
		return Arrays.stream(summary.split(" ", -1))
			.map((token) -> codeInWords(token, locale))
			.collect(Collectors.joining(" "));
	}

	private String codeInWords(String token, Locale locale) {
		for (StaffRole role : StaffRole.values()) {
			if (role.name().equals(token)) {
				return words("accounts.role.", role.name(), token, locale);
			}
		}
		return CountryScope.parse(token)
			.filter((country) -> country.name().equals(token))
			.map((country) -> this.messages.getMessage(country.messageKey(), null, token, locale))
			.orElse(token);
	}

	private String words(String prefix, String code, String fallback, Locale locale) {
		return this.messages.getMessage(prefix + key(code), null, fallback, locale);
	}

	/** {@code MOVED_TO_TRASH} and {@code FOUR_EYES_true} as key parts. */
	static String key(String code) {
		return code.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** An audit entry and its codes in words. */
	record AuditRow(AuditEntryView entry, String action, String subject, String summary) {
	}

	/** A code as a filter offers it: the value sent, and its words. */
	record AuditChoice(String code, String words) {
	}

}
