package org.migrantportal.audit.admin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWordsTests {

	/**
	 * Every action the modules record today, and those the typed workflow events will add
	 * (sending pages, topics and news back), as subject type and action code.
	 */
	private static final List<String[]> KNOWN = Stream.of("PAGE", "TOPIC", "NEWS")
		.flatMap((type) -> Stream
			.of("SAVED", "TRANSLATION_CREATED", "SUBMITTED", "SENT_BACK", "PUBLISHED", "UNPUBLISHED", "SCHEDULED",
					"PUBLISHED_ON_SCHEDULE", "UNPUBLISHED_ON_SCHEDULE", "MARKED_AWAITING_NATIVE_REVIEW",
					"NATIVE_REVIEW_CONFIRMED", "MOVED_TO_TRASH", "RESTORED", "PURGED", "DETAILS_CHANGED")
			.map((verb) -> new String[] { type, type + "_" + verb }))
		.toList();

	private static final List<String[]> OTHERS = List.of(new String[] { "SERVICE", "SERVICE_CREATED" },
			new String[] { "SERVICE", "SERVICE_SAVED" }, new String[] { "SERVICE", "SERVICE_SUBMITTED" },
			new String[] { "SERVICE", "SERVICE_SENT_BACK" }, new String[] { "SERVICE", "SERVICE_PUBLISHED" },
			new String[] { "SERVICE", "SERVICE_UNPUBLISHED" }, new String[] { "SERVICE", "SERVICE_VERIFIED" },
			new String[] { "SERVICE", "SERVICE_MOVED_TO_TRASH" }, new String[] { "SERVICE", "SERVICE_RESTORED" },
			new String[] { "SERVICE", "SERVICE_PURGED" }, new String[] { "ORGANIZATION", "ORGANIZATION_SAVED" },
			new String[] { "ORGANIZATION", "ORGANIZATION_PUBLISHED" },
			new String[] { "HELP_CONTACT", "HELP_CONTACT_PUBLISHED" },
			new String[] { "COUNTRY_SETTING", "COUNTRY_SETTING_FOUR_EYES_true" },
			new String[] { "COUNTRY_SETTING", "COUNTRY_SETTING_FOUR_EYES_false" },
			new String[] { "ACCOUNT", "ACCOUNT_CREATED" }, new String[] { "ACCOUNT", "ACCOUNT_UPDATED" },
			new String[] { "ACCOUNT", "ACCOUNT_ENABLED" }, new String[] { "ACCOUNT", "ACCOUNT_DISABLED" },
			new String[] { "ACCOUNT", "ACCOUNT_PASSWORD_CHANGED" }, new String[] { "ACCOUNT", "LOGIN_SUCCEEDED" },
			new String[] { "ACCOUNT", "LOGIN_FAILED" });

	private final AuditWords words = new AuditWords(messages());

	@ParameterizedTest
	@ValueSource(strings = { "en", "ka", "hy" })
	void everyKnownActionAndKindOfRecordHasWords(String language) {
		Locale locale = Locale.forLanguageTag(language);
		for (String[] known : Stream.concat(KNOWN.stream(), OTHERS.stream()).toList()) {
			assertThat(this.words.action(known[1], known[0], locale)).as(known[1]).isNotEqualTo(known[1]);
			assertThat(this.words.subject(known[0], locale)).as(known[0]).isNotEqualTo(known[0]);
			assertThat(this.words.choice(known[1], locale).words()).as(known[1]).isNotEqualTo(known[1]);
		}
	}

	@Test
	void actionsAreWordsOfTheReadersLanguage() {
		assertThat(this.words.action("PAGE_PUBLISHED", "PAGE", Locale.forLanguageTag("ka"))).isEqualTo("გამოქვეყნდა");
		assertThat(this.words.action("PAGE_PUBLISHED", "PAGE", Locale.forLanguageTag("hy"))).isEqualTo("Հրապարակվեց");
		assertThat(this.words.action("SERVICE_SENT_BACK", "SERVICE", Locale.ENGLISH))
			.isEqualTo("Sent back to the editors");
		assertThat(this.words.choice("COUNTRY_SETTING_FOUR_EYES_true", Locale.ENGLISH).words())
			.isEqualTo("Country setting: Four eyes required");
	}

	@Test
	void anActionRecordedWithoutItsKindOfRecordStillHasWords() {
		// the typed events may record the plain event name
		assertThat(this.words.action("PUBLISHED", "PAGE", Locale.ENGLISH)).isEqualTo("Published");
	}

	@Test
	void unknownCodesAreShownAsThemselves() {
		assertThat(this.words.action("PAGE_TELEPORTED", "PAGE", Locale.ENGLISH)).isEqualTo("PAGE_TELEPORTED");
		assertThat(this.words.subject("GADGET", Locale.ENGLISH)).isEqualTo("GADGET");
		assertThat(this.words.choice("GADGET_TELEPORTED", Locale.ENGLISH).words()).isEqualTo("GADGET_TELEPORTED");
	}

	@Test
	void roleAndCountryCodesInDetailsAreWords() {
		assertThat(this.words.summary("a@example.org EDITOR GEORGIA organization=null", Locale.ENGLISH))
			.isEqualTo("a@example.org Editor Georgia organization=null");
		assertThat(this.words.summary("GEORGIA", Locale.forLanguageTag("ka"))).isEqualTo("საქართველო");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/audit", "i18n/admin", "i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
