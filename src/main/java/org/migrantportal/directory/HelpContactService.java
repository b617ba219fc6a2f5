package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.PageTags;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The public side of the help contacts: the published contacts in the visitor's language
 * (falling back where a translation is missing), in the order of the visitor's country,
 * and the emergency block every public page shows. The published contacts and each
 * country and language's block are kept in memory, so a page view costs no query; any
 * editorial change of a help contact empties that memory
 * ({@link HelpContactCacheEviction}).
 */
@Service
@EnableConfigurationProperties(HelpProperties.class)
public class HelpContactService {

	private static final Logger logger = LoggerFactory.getLogger(HelpContactService.class);

	private static final List<CountryScope> COUNTRIES = List.of(CountryScope.GEORGIA, CountryScope.ARMENIA);

	private final SiteLocales siteLocales;

	private final HelpContactRepository contacts;

	private final HelpContactRevisionRepository revisions;

	private final HelpProperties properties;

	private final AtomicLong generation = new AtomicLong();

	private volatile List<Published> published;

	private final Map<String, EmergencyBlock> blocks = new ConcurrentHashMap<>();

	/**
	 * The last block read for each key, kept across evictions: what an error page shows
	 * while the database cannot be reached.
	 */
	private final Map<String, EmergencyBlock> lastGood = new ConcurrentHashMap<>();

	private final OrganizationTranslationRepository organizationTexts;

	HelpContactService(SiteLocales siteLocales, HelpContactRepository contacts, HelpContactRevisionRepository revisions,
			HelpProperties properties, OrganizationTranslationRepository organizationTexts) {
		this.organizationTexts = organizationTexts;
		this.siteLocales = siteLocales;
		this.contacts = contacts;
		this.revisions = revisions;
		this.properties = properties;
	}

	/** Every published contact, Georgia's first, then Armenia's, then regional ones. */
	public List<HelpContactView> listContacts(SiteLocale locale) {
		return listContacts(locale, COUNTRIES);
	}

	/**
	 * Every published contact, the countries in the given order (regional contacts last),
	 * each by its position.
	 */
	public List<HelpContactView> listContacts(SiteLocale locale, List<CountryScope> order) {
		PageTags.list(DirectoryKinds.HELP_CONTACT.key());
		List<HelpContactView> views = new ArrayList<>();
		for (Published contact : published()) {
			view(locale, contact).ifPresent(views::add);
		}
		views.sort(Comparator.comparingInt((HelpContactView view) -> rank(order, view.country())));
		return views;
	}

	/**
	 * The countries in the order /help lists them: the one picked with {@code ?country=},
	 * else the one the language suggests, first.
	 */
	public List<CountryScope> countryOrder(SiteLocale locale, String countryParameter) {
		CountryScope first = Optional.ofNullable(EmergencyBlock.parse(countryParameter))
			.orElseGet(() -> this.properties.countryOfLanguage().get(locale.tag()));
		List<CountryScope> order = new ArrayList<>();
		if (first != null) {
			order.add(first);
		}
		COUNTRIES.stream().filter((country) -> !order.contains(country)).forEach(order::add);
		return order;
	}

	/**
	 * The emergency block for a page in {@code uiLocale}: the published emergency numbers
	 * and hotlines of the country picked with {@code countryParameter} ({@code ge},
	 * {@code am}), else of the country the language suggests, else of every country.
	 */
	public EmergencyBlock emergencyBlock(Locale uiLocale, String countryParameter) {
		PageTags.list(DirectoryKinds.HELP_CONTACT.key());
		SiteLocale locale = this.siteLocales.findOrDefault((uiLocale != null) ? uiLocale.toLanguageTag() : null);
		CountryScope chosen = EmergencyBlock.parse(countryParameter);
		String key = locale.tag() + "|" + ((chosen != null) ? chosen.name() : "");
		EmergencyBlock cached = this.blocks.get(key);
		if (cached != null) {
			return cached;
		}
		long seen = this.generation.get();
		EmergencyBlock block;
		try {
			block = buildBlock(locale, chosen);
		}
		catch (RuntimeException ex) {
			// an error page must still render while the database is away: show the last
			// numbers read (or none rather than fail), and try again on the next view
			logger.warn("Emergency numbers could not be read: {}", ex.getMessage());
			return this.lastGood.getOrDefault(key, new EmergencyBlock(chosen, List.of()));
		}
		if (this.generation.get() == seen) {
			this.blocks.put(key, block);
		}
		this.lastGood.put(key, block);
		return block;
	}

	/**
	 * Reads every language's and country's emergency block once the portal has started,
	 * so the numbers are in memory before the database could go away.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void warmEmergencyBlocks() {
		for (SiteLocale locale : this.siteLocales.all()) {
			emergencyBlock(locale.toLocale(), null);
			for (CountryScope country : COUNTRIES) {
				emergencyBlock(locale.toLocale(), EmergencyBlock.code(country));
			}
		}
	}

	/**
	 * Forgets what is kept in memory: the next page view reads the published contacts
	 * again.
	 */
	public void evict() {
		this.generation.incrementAndGet();
		this.published = null;
		this.blocks.clear();
	}

	private EmergencyBlock buildBlock(SiteLocale locale, CountryScope chosen) {
		List<CountryScope> shown;
		if (chosen != null) {
			shown = List.of(chosen);
		}
		else {
			CountryScope suggested = this.properties.countryOfLanguage().get(locale.tag());
			shown = (suggested != null) ? List.of(suggested) : COUNTRIES;
		}
		List<HelpContactView> all = listContacts(locale, shown);
		List<EmergencyBlock.CountryNumbers> countries = new ArrayList<>();
		for (CountryScope country : shown) {
			List<EmergencyBlock.EmergencyNumber> numbers = new ArrayList<>();
			all.stream()
				.filter((contact) -> contact.kind().urgent()
						&& (contact.country() == country || contact.country() == CountryScope.BOTH))
				.sorted(Comparator.comparing((HelpContactView contact) -> contact.kind() != HelpContactKind.EMERGENCY))
				.forEach(
						(contact) -> contact.phones()
							.forEach((phone) -> numbers.add(new EmergencyBlock.EmergencyNumber(phone.number(),
									phone.telUri(), contact.name(), phone.label(), contact.shownLocale(),
									contact.kind() == HelpContactKind.EMERGENCY, phone.aroundTheClock(),
									phone.freeOfCharge()))));
			countries
				.add(new EmergencyBlock.CountryNumbers(country, EmergencyBlock.code(country), List.copyOf(numbers)));
		}
		return new EmergencyBlock(chosen, List.copyOf(countries));
	}

	private static int rank(List<CountryScope> order, CountryScope country) {
		int index = order.indexOf(country);
		return (index >= 0) ? index : order.size();
	}

	private List<Published> published() {
		List<Published> current = this.published;
		if (current == null) {
			long seen = this.generation.get();
			current = load();
			if (this.generation.get() == seen) {
				this.published = current;
			}
		}
		return current;
	}

	private List<Published> load() {
		List<HelpContact> online = this.contacts.findByDeletedAtIsNullAndPublishedTrue();
		Map<Long, HelpContactRevision> byId = this.revisions
			.findByIdIn(online.stream().map(HelpContact::getPublishedRevisionId).toList())
			.stream()
			.collect(Collectors.toMap(HelpContactRevision::getId, Function.identity()));
		return online.stream()
			.filter((contact) -> byId.containsKey(contact.getPublishedRevisionId()))
			.map((contact) -> new Published(contact.getId(),
					HelpContactDocuments.fromJson(byId.get(contact.getPublishedRevisionId()).getDocument())))
			.sorted(Comparator.comparingInt((Published contact) -> contact.document().position())
				.thenComparing(Published::id))
			.toList();
	}

	private Optional<HelpContactView> view(SiteLocale locale, Published contact) {
		HelpContactDocument document = contact.document();
		return this.siteLocales
			.pickBest(locale,
					document.texts().entrySet().stream().filter((entry) -> hasName(entry.getValue())).toList(),
					Map.Entry::getKey)
			.map((entry) -> {
				SiteLocale shown = this.siteLocales.get(entry.getKey());
				HelpContactDocument.Text text = entry.getValue();
				List<HelpContactView.PhoneView> phones = document.phones()
					.stream()
					.map((phone) -> phone(locale, phone))
					.toList();
				return new HelpContactView(contact.id(), text.name(), blankToNull(text.description()),
						blankToNull(text.address()), blankToNull(text.openingHours()), document.kind(),
						document.country(), phones, blankToNull(document.email()), blankToNull(document.website()),
						document.lastVerifiedOn(), document.organizationId(), document.serviceId(),
						blankToNull(document.sourceTitle()), blankToNull(document.sourceUrl()), document.sample(),
						shown, !shown.equals(locale), text.awaitingNativeReview(),
						organizationLink(document.organizationId(), locale));
			});
	}

	/** The public page of the organization a contact points to, if it has one. */
	private HelpContactView.OrganizationLink organizationLink(Long organizationId, SiteLocale locale) {
		if (organizationId == null) {
			return null;
		}
		return this.siteLocales
			.pickBest(locale, this.organizationTexts.findByOrganizationIdIn(List.of(organizationId)),
					OrganizationTranslation::getLocale)
			.map((text) -> new HelpContactView.OrganizationLink(text.getName(),
					"/" + text.getLocale() + "/organizations/" + text.getSlug(),
					this.siteLocales.get(text.getLocale())))
			.orElse(null);
	}

	private HelpContactView.PhoneView phone(SiteLocale locale, HelpContactDocument.Phone phone) {
		Optional<Map.Entry<String, String>> label = this.siteLocales.pickBest(locale,
				phone.labels().entrySet().stream().filter((entry) -> blankToNull(entry.getValue()) != null).toList(),
				Map.Entry::getKey);
		return new HelpContactView.PhoneView(phone.number(), phone.telUri(),
				label.map(Map.Entry::getValue).orElse(null),
				label.map((entry) -> this.siteLocales.get(entry.getKey())).orElse(null), phone.hotline(),
				phone.aroundTheClock(), phone.freeOfCharge(), phone.languages());
	}

	private static boolean hasName(HelpContactDocument.Text text) {
		return text != null && text.name() != null && !text.name().isBlank();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** A published contact: its id and the document of its published revision. */
	record Published(Long id, HelpContactDocument document) {

	}

}
