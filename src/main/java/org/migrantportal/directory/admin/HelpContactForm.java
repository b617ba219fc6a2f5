package org.migrantportal.directory.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.directory.HelpContactDocument;
import org.migrantportal.directory.HelpContactKind;
import org.migrantportal.directory.ListingProblem;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * The help contact form as typed: the facts, the texts of every language at once, and
 * phone rows (blank rows are ignored). {@link #toDocument} turns it into the document the
 * service saves.
 */
public class HelpContactForm {

	/** Empty phone rows the form offers beside the filled ones. */
	static final int SPARE_PHONES = 2;

	private HelpContactKind kind;

	private CountryScope country;

	private Integer position = 100;

	private Map<String, TextForm> texts = new LinkedHashMap<>();

	private List<PhoneForm> phones = new ArrayList<>();

	private String email;

	private String website;

	private String lastVerifiedOn;

	private Long organizationId;

	private Long serviceId;

	private String sourceTitle;

	private String sourceUrl;

	private boolean sample;

	private Long version;

	/** An empty form with a text block per language and spare phone rows. */
	static HelpContactForm empty(List<SiteLocale> locales, CountryScope country) {
		HelpContactForm form = new HelpContactForm();
		form.country = country;
		form.kind = HelpContactKind.HOTLINE;
		locales.forEach((locale) -> form.texts.put(locale.tag(), new TextForm()));
		form.addSparePhones(locales);
		return form;
	}

	/** The form of a saved document. */
	static HelpContactForm of(HelpContactDocument document, long version, List<SiteLocale> locales) {
		HelpContactForm form = new HelpContactForm();
		form.kind = document.kind();
		form.country = document.country();
		form.position = document.position();
		for (SiteLocale locale : locales) {
			HelpContactDocument.Text text = document.texts().get(locale.tag());
			form.texts.put(locale.tag(), (text != null) ? TextForm.of(text) : new TextForm());
		}
		for (HelpContactDocument.Phone phone : document.phones()) {
			form.phones.add(PhoneForm.of(phone, locales));
		}
		form.email = document.email();
		form.website = document.website();
		form.lastVerifiedOn = (document.lastVerifiedOn() != null) ? document.lastVerifiedOn().toString() : null;
		form.organizationId = document.organizationId();
		form.serviceId = document.serviceId();
		form.sourceTitle = document.sourceTitle();
		form.sourceUrl = document.sourceUrl();
		form.sample = document.sample();
		form.version = version;
		form.addSparePhones(locales);
		return form;
	}

	/** Makes sure every language has its text block and label field after binding. */
	void complete(List<SiteLocale> locales) {
		locales.forEach((locale) -> this.texts.putIfAbsent(locale.tag(), new TextForm()));
		this.phones.forEach((phone) -> locales.forEach((locale) -> phone.labels.putIfAbsent(locale.tag(), "")));
	}

	private void addSparePhones(List<SiteLocale> locales) {
		for (int i = 0; i < SPARE_PHONES; i++) {
			PhoneForm phone = new PhoneForm();
			locales.forEach((locale) -> phone.labels.put(locale.tag(), ""));
			this.phones.add(phone);
		}
	}

	/** The document the form describes; a date that does not parse is a problem. */
	HelpContactDocument toDocument(List<ListingProblem> problems) {
		Map<String, HelpContactDocument.Text> documentTexts = new LinkedHashMap<>();
		this.texts.forEach((locale, text) -> {
			if (text != null && !text.isBlank()) {
				documentTexts.put(locale, new HelpContactDocument.Text(strip(text.name), strip(text.description),
						strip(text.address), strip(text.openingHours), text.awaitingNativeReview, null));
			}
		});
		List<HelpContactDocument.Phone> documentPhones = new ArrayList<>();
		for (PhoneForm phone : this.phones) {
			if (phone == null || phone.isBlank()) {
				continue;
			}
			Map<String, String> labels = new LinkedHashMap<>();
			phone.labels.forEach((locale, label) -> {
				if (label != null && !label.isBlank()) {
					labels.put(locale, label.strip());
				}
			});
			List<String> languages = (phone.languages == null) ? List.of()
					: Arrays.stream(phone.languages.split("[,\\s]+")).filter((tag) -> !tag.isBlank()).toList();
			documentPhones.add(new HelpContactDocument.Phone((phone.number != null) ? phone.number.strip() : "", labels,
					phone.hotline, phone.aroundTheClock, phone.freeOfCharge, languages));
		}
		LocalDate verified = null;
		if (this.lastVerifiedOn != null && !this.lastVerifiedOn.isBlank()) {
			try {
				verified = LocalDate.parse(this.lastVerifiedOn.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new ListingProblem("lastVerifiedOn", "help-admin.error.date"));
			}
		}
		return new HelpContactDocument(this.kind, this.country, (this.position != null) ? this.position : 0,
				documentTexts, documentPhones, strip(this.email), strip(this.website), verified, this.organizationId,
				this.serviceId, strip(this.sourceTitle), strip(this.sourceUrl), this.sample);
	}

	/** The form field a problem of the document belongs to. */
	static String fieldOf(ListingProblem problem) {
		String field = problem.field();
		// texts[ka].name is the form's texts[ka].name too; name alone means "some name"
		return field.equals("name") ? "texts" : field.replaceAll("\\.labels\\[.*", ".labels");
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public HelpContactKind getKind() {
		return this.kind;
	}

	public void setKind(HelpContactKind kind) {
		this.kind = kind;
	}

	public CountryScope getCountry() {
		return this.country;
	}

	public void setCountry(CountryScope country) {
		this.country = country;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Map<String, TextForm> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, TextForm> texts) {
		this.texts = texts;
	}

	public List<PhoneForm> getPhones() {
		return this.phones;
	}

	public void setPhones(List<PhoneForm> phones) {
		this.phones = phones;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	public void setLastVerifiedOn(String lastVerifiedOn) {
		this.lastVerifiedOn = lastVerifiedOn;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public String getSourceTitle() {
		return this.sourceTitle;
	}

	public void setSourceTitle(String sourceTitle) {
		this.sourceTitle = sourceTitle;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public boolean isSample() {
		return this.sample;
	}

	public void setSample(boolean sample) {
		this.sample = sample;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A contact's words in one language. */
	public static class TextForm {

		private String name;

		private String description;

		private String address;

		private String openingHours;

		private boolean awaitingNativeReview;

		static TextForm of(HelpContactDocument.Text text) {
			TextForm form = new TextForm();
			form.name = text.name();
			form.description = text.description();
			form.address = text.address();
			form.openingHours = text.openingHours();
			form.awaitingNativeReview = text.awaitingNativeReview();
			return form;
		}

		boolean isBlank() {
			return blank(this.name) && blank(this.description) && blank(this.address) && blank(this.openingHours);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getOpeningHours() {
			return this.openingHours;
		}

		public void setOpeningHours(String openingHours) {
			this.openingHours = openingHours;
		}

		public boolean isAwaitingNativeReview() {
			return this.awaitingNativeReview;
		}

		public void setAwaitingNativeReview(boolean awaitingNativeReview) {
			this.awaitingNativeReview = awaitingNativeReview;
		}

	}

	/** One phone row: the number, its label per language, its flags and languages. */
	public static class PhoneForm {

		private String number;

		private Map<String, String> labels = new LinkedHashMap<>();

		private boolean hotline;

		private boolean aroundTheClock;

		private boolean freeOfCharge;

		private String languages;

		static PhoneForm of(HelpContactDocument.Phone phone, List<SiteLocale> locales) {
			PhoneForm form = new PhoneForm();
			form.number = phone.number();
			locales.forEach((locale) -> form.labels.put(locale.tag(), phone.labels().getOrDefault(locale.tag(), "")));
			form.hotline = phone.hotline();
			form.aroundTheClock = phone.aroundTheClock();
			form.freeOfCharge = phone.freeOfCharge();
			form.languages = String.join(", ", phone.languages());
			return form;
		}

		boolean isBlank() {
			return blank(this.number) && this.labels.values().stream().allMatch(HelpContactForm::blank)
					&& blank(this.languages);
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public Map<String, String> getLabels() {
			return this.labels;
		}

		public void setLabels(Map<String, String> labels) {
			this.labels = labels;
		}

		public boolean isHotline() {
			return this.hotline;
		}

		public void setHotline(boolean hotline) {
			this.hotline = hotline;
		}

		public boolean isAroundTheClock() {
			return this.aroundTheClock;
		}

		public void setAroundTheClock(boolean aroundTheClock) {
			this.aroundTheClock = aroundTheClock;
		}

		public boolean isFreeOfCharge() {
			return this.freeOfCharge;
		}

		public void setFreeOfCharge(boolean freeOfCharge) {
			this.freeOfCharge = freeOfCharge;
		}

		public String getLanguages() {
			return this.languages;
		}

		public void setLanguages(String languages) {
			this.languages = languages;
		}

	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
