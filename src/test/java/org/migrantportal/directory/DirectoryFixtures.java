package org.migrantportal.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.migrantportal.shared.CountryScope;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published listings for tests of the public directory: a Tbilisi legal aid service, a
 * Yerevan shelter open day and night, a regional hotline, a temporarily closed and an
 * inactive service. Each speaks a private-use language code of its own test run
 * ({@code qaa} to {@code qtz}), so a test filters down to exactly its own listings.
 */
public final class DirectoryFixtures {

	private final ListingFixtures listings;

	private final ListingStore store;

	private final ServiceListingRepository repository;

	private final TransactionTemplate transactions;

	private final List<Long> created = new ArrayList<>();

	/** The language only this run's listings speak. */
	public final String marker;

	public final String suffix = ListingFixturesSuffix.next();

	public DirectoryFixtures(ApplicationContext context) {
		this.listings = new ListingFixtures(context);
		this.store = context.getBean(ListingStore.class);
		this.repository = context.getBean(ServiceListingRepository.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.marker = "q" + (char) ('a' + random.nextInt(20)) + (char) ('a' + random.nextInt(26));
	}

	public Long organizationId(String key) {
		return this.listings.organizationId(key);
	}

	/** Free legal aid in Tbilisi, weekdays 10:00 to 18:00 (sample), in ka, en and hy. */
	public ServiceListingDocument legalAid() {
		ServiceListingDocument base = this.listings.tbilisiLegalAid(organizationId("iom-georgia"), this.suffix);
		return new ServiceListingDocument(base.hsdsId(), base.organizationId(), base.country(), base.status(), true,
				base.email(), base.url(), base.timeZone(), base.sourceLocale(), base.categories(),
				List.of("ka", "ru", this.marker), base.texts(), base.locations(), base.phones(), base.openingHours());
	}

	/**
	 * A shelter in Yerevan, day and night, with a sample 24/7 hotline; in Armenian and
	 * English only, not free.
	 */
	public ServiceListingDocument yerevanShelter() {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId("iom-armenia"), CountryScope.ARMENIA,
				ServiceStatus.ACTIVE, false, null, null, "Asia/Yerevan", "hy",
				List.of("shelter", "counter-trafficking"), List.of("hy", "ru", this.marker),
				Map.of("hy",
						new ServiceListingDocument.Text("apastan-" + this.suffix, "Ապաստան Երևանում",
								"Անվտանգ կացարան և աջակցություն։", "Թրաֆիքինգից տուժածներին։", "", false, null),
						"en",
						new ServiceListingDocument.Text("shelter-" + this.suffix, "Shelter in Yerevan",
								"Safe accommodation and support.", "People who survived trafficking.", "", true, "hy")),
				List.of(new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "AM", "yerevan",
						"yerevan", null, new BigDecimal("40.1772"), new BigDecimal("44.5035"), true,
						Map.of("hy",
								new ServiceListingDocument.PlaceText("Կացարան", "Նմուշային փողոց 1", "Երևան", "Երևան"),
								"en",
								new ServiceListingDocument.PlaceText("Shelter", "1 Sample Street", "Yerevan",
										"Yerevan")))),
				List.of(new ServiceListingDocument.Phone(UUID.randomUUID(), "+374 00 000 000", PhoneKind.VOICE, true,
						true, true, Map.of("hy", "Թեժ գիծ", "en", "Hotline"))),
				everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
	}

	/** A regional (Georgia and Armenia) counter-trafficking service, no hours given. */
	public ServiceListingDocument regionalHotline() {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId("iom-georgia"), CountryScope.BOTH,
				ServiceStatus.ACTIVE, true, null, null, "Asia/Tbilisi", "en", List.of("counter-trafficking"),
				List.of("en", this.marker),
				Map.of("en",
						new ServiceListingDocument.Text("regional-" + this.suffix, "Regional counselling", "Advice.",
								"", "", false, null),
						"ka", new ServiceListingDocument.Text("regionuli-" + this.suffix, "რეგიონული კონსულტაცია",
								"რჩევა.", "", "", false, "en")),
				List.of(), List.of(), List.of());
	}

	/** A legal aid service in Batumi that is temporarily closed. */
	public ServiceListingDocument closedLegalAid() {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId("iom-georgia"), CountryScope.GEORGIA,
				ServiceStatus.TEMPORARILY_CLOSED, true, null, null, "Asia/Tbilisi", "en", List.of("legal-aid"),
				List.of(this.marker),
				Map.of("en",
						new ServiceListingDocument.Text("closed-" + this.suffix, "Closed legal aid", "", "", "", false,
								null)),
				List.of(new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "GE", "batumi", "adjara",
						null, null, null, false,
						Map.of("en", new ServiceListingDocument.PlaceText("", "", "Batumi", "Adjara")))),
				List.of(), everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
	}

	/** A service that is no longer offered. */
	public ServiceListingDocument inactive() {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId("iom-georgia"), CountryScope.GEORGIA,
				ServiceStatus.INACTIVE, true, null, null, "Asia/Tbilisi", "en", List.of("legal-aid"),
				List.of(this.marker), Map.of("en", new ServiceListingDocument.Text("inactive-" + this.suffix,
						"Ended project", "", "", "", false, null)),
				List.of(), List.of(), List.of());
	}

	private static List<ServiceListingDocument.Hours> everyDay(LocalTime opens, LocalTime closes) {
		List<ServiceListingDocument.Hours> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new ServiceListingDocument.Hours(UUID.randomUUID(), day, opens, closes, true));
		}
		return hours;
	}

	/** Creates and publishes a listing; it is removed by {@link #removeAll()}. */
	public Long publish(ServiceListingDocument document) {
		Long id = this.listings.published(document);
		this.created.add(id);
		return id;
	}

	/** Saves a new revision and publishes it. */
	public void republish(Long id, ServiceListingDocument document) {
		this.transactions.executeWithoutResult((status) -> {
			ServiceListing listing = this.repository.findById(id).orElseThrow();
			this.store.save(listing, document, ListingFixtures.SYSTEM, "");
			this.store.publish(listing, ListingFixtures.SYSTEM);
		});
	}

	/** Saves a new revision, a draft the public does not see. */
	public void saveDraft(Long id, ServiceListingDocument document) {
		this.transactions.executeWithoutResult((status) -> this.store.save(this.repository.findById(id).orElseThrow(),
				document, ListingFixtures.SYSTEM, ""));
	}

	/** The document with its texts replaced. */
	public static ServiceListingDocument withTexts(ServiceListingDocument document,
			Map<String, ServiceListingDocument.Text> texts) {
		return new ServiceListingDocument(document.hsdsId(), document.organizationId(), document.country(),
				document.status(), document.freeOfCharge(), document.email(), document.url(), document.timeZone(),
				document.sourceLocale(), document.categories(), document.languages(), texts, document.locations(),
				document.phones(), document.openingHours());
	}

	public void removeAll() {
		this.created.forEach(this.listings::remove);
		this.created.clear();
	}

}
