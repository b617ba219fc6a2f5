package org.migrantportal.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.directory.OrganizationService;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of call-back requests: which organizations take them, what is wrong
 * with a request as sent, and storing a right one encrypted with the day it is to be
 * deleted. What a visitor typed is never logged.
 */
@Service
public class CallBackService {

	private static final Logger logger = LoggerFactory.getLogger(CallBackService.class);

	static final int MAX_NAME_LENGTH = 80;

	static final int MAX_CONTACT_LENGTH = 100;

	/** A phone number as people write it: digits with spaces, dashes, dots, brackets. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,38}[0-9]");

	/** A messenger handle: letters, digits, underscores and dots, with or without @. */
	private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}_.]{3,64}");

	private static final Set<CountryScope> COUNTRIES = Set.of(CountryScope.GEORGIA, CountryScope.ARMENIA);

	private final CallBackSettingRepository settings;

	private final CallBackRequestRepository requests;

	private final OrganizationService organizations;

	private final SiteLocales siteLocales;

	private final CallBackSecrets secrets;

	private final CallBackProperties properties;

	private final Clock clock;

	CallBackService(CallBackSettingRepository settings, CallBackRequestRepository requests,
			OrganizationService organizations, SiteLocales siteLocales, CallBackSecrets secrets,
			CallBackProperties properties, Clock clock) {
		this.settings = settings;
		this.requests = requests;
		this.organizations = organizations;
		this.siteLocales = siteLocales;
		this.secrets = secrets;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether requests can be taken here: only when a key is configured. */
	public boolean isAvailable() {
		return this.secrets.available();
	}

	public int maxTopicLength() {
		return this.properties.maxTopicLength();
	}

	/**
	 * The organizations that take requests, named in the visitor's language, in the
	 * directory's order.
	 */
	@Transactional(readOnly = true)
	public List<CallBackOrganization> listAcceptingOrganizations(SiteLocale locale) {
		Map<Long, Integer> retention = this.settings.findByAcceptsRequestsTrue()
			.stream()
			.collect(Collectors.toMap(CallBackSetting::getOrganizationId, CallBackSetting::getRetentionDays));
		return this.organizations.listOrganizations(locale)
			.stream()
			.filter((organization) -> retention.containsKey(organization.id()))
			.map((organization) -> new CallBackOrganization(organization.id(), organization.name(),
					organization.country(), retention.get(organization.id())))
			.toList();
	}

	/**
	 * The message key of each wrong field's error, by field name; empty when all is
	 * right.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> problems(CallBackSubmission submission, SiteLocale locale) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (submission.name().isEmpty()) {
			problems.put("name", "callback.error.name.missing");
		}
		else if (submission.name().length() > MAX_NAME_LENGTH) {
			problems.put("name", "callback.error.name.too-long");
		}
		if (submission.contact().isEmpty()) {
			problems.put("contact", "callback.error.contact.missing");
		}
		else if (submission.contact().length() > MAX_CONTACT_LENGTH
				|| !(PHONE.matcher(submission.contact()).matches() || HANDLE.matcher(submission.contact()).matches())) {
			problems.put("contact", "callback.error.contact.invalid");
		}
		if (this.siteLocales.find(submission.language()).isEmpty()) {
			problems.put("language", "callback.error.language");
		}
		Optional<CountryScope> country = CountryScope.parse(submission.country()).filter(COUNTRIES::contains);
		if (country.isEmpty()) {
			problems.put("country", "callback.error.country");
		}
		if (submission.topic().isEmpty()) {
			problems.put("topic", "callback.error.topic.missing");
		}
		else if (submission.topic().length() > this.properties.maxTopicLength()) {
			problems.put("topic", "callback.error.topic.too-long");
		}
		Optional<CallBackOrganization> organization = organization(submission, locale);
		if (organization.isEmpty()) {
			problems.put("organizationId", "callback.error.organization");
		}
		else if (country.isPresent() && !organization.get().worksIn(country.get())) {
			problems.put("organizationId", "callback.error.organization-country");
		}
		return problems;
	}

	/**
	 * Stores a request, encrypted, to be deleted after its organization's retention
	 * period.
	 * @throws CallBackRefusedException when a field is wrong (nothing is stored)
	 */
	@Transactional
	public CallBackReceipt submit(CallBackSubmission submission, SiteLocale locale) {
		if (!isAvailable()) {
			throw new CallBackRefusedException(Map.of("form", "callback.unavailable"));
		}
		Map<String, String> problems = problems(submission, locale);
		if (!problems.isEmpty()) {
			throw new CallBackRefusedException(problems);
		}
		CallBackOrganization organization = organization(submission, locale).orElseThrow();
		Instant now = this.clock.instant();
		CallBackRequest request = this.requests.save(new CallBackRequest(organization.id(),
				CountryScope.parse(submission.country()).orElseThrow(), submission.language(),
				this.secrets.seal(submission.name()), this.secrets.seal(submission.contact()),
				this.secrets.seal(submission.topic()), now, now.plus(Duration.ofDays(organization.retentionDays()))));
		logger.info("Call-back request {} stored for organization {}", request.getId(), organization.id());
		return new CallBackReceipt(organization.name(), organization.retentionDays());
	}

	private Optional<CallBackOrganization> organization(CallBackSubmission submission, SiteLocale locale) {
		long id;
		try {
			id = Long.parseLong(submission.organizationId());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return listAcceptingOrganizations(locale).stream()
			.filter((organization) -> organization.id() == id)
			.findFirst();
	}

}
