package org.migrantportal.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds listing documents with real Georgian, English and Armenian text, and creates and
 * removes listings for tests through the directory's own store.
 */
public final class ListingFixtures {

	public static final Actor SYSTEM = new Actor(-3L, "directory@test.example", StaffRole.ADMIN, CountryScope.BOTH,
			null, false);

	private final ListingStore store;

	private final ServiceListingRepository listings;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public ListingFixtures(ApplicationContext context) {
		this.store = context.getBean(ListingStore.class);
		this.listings = context.getBean(ServiceListingRepository.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/**
	 * The id of an organization of the initial data, by its key (e.g.
	 * {@code iom-georgia}).
	 */
	public Long organizationId(String key) {
		return this.jdbc.sql("select id from organization where content_key = ?").param(key).query(Long.class).single();
	}

	/**
	 * A legal aid service in Tbilisi, open on weekdays 10:00 to 18:00, with sample phone
	 * and hours, in Georgian (source), English and Armenian, under slugs made unique with
	 * {@code suffix}.
	 */
	public ServiceListingDocument tbilisiLegalAid(Long organizationId, String suffix) {
		return new ServiceListingDocument(UUID.randomUUID(), organizationId, CountryScope.GEORGIA, ServiceStatus.ACTIVE,
				true, "help@example.org", "https://example.org/help", "Asia/Tbilisi", "ka",
				List.of("legal-aid", "documents"), List.of("ka", "en", "ru"),
				Map.of("ka",
						new ServiceListingDocument.Text("iuridiuli-daxmareba-" + suffix,
								"იურიდიული დახმარება მიგრანტებს", "უფასო კონსულტაცია შრომით უფლებებსა და დოკუმენტებზე.",
								"ყველა მიგრანტს და დაბრუნებულს.", "", false, null),
						"en",
						new ServiceListingDocument.Text("legal-aid-" + suffix, "Legal aid for migrants",
								"Free advice on labour rights and documents.", "Every migrant and returnee.", "", true,
								"ka"),
						"hy",
						new ServiceListingDocument.Text("iravabanakan-ognutyun-" + suffix,
								"Իրավաբանական օգնություն միգրանտներին",
								"Անվճար խորհրդատվություն աշխատանքային իրավունքների և փաստաթղթերի վերաբերյալ։",
								"Բոլոր միգրանտներին և վերադարձողներին։", "", true, "ka")),
				List.of(new ServiceListingDocument.Place(UUID.randomUUID(), UUID.randomUUID(), "GE", "tbilisi",
						"tbilisi", "0105", new BigDecimal("41.6938"), new BigDecimal("44.8015"), true,
						Map.of("ka",
								new ServiceListingDocument.PlaceText("ოფისი", "ნიმუშის ქუჩა 1", "თბილისი", "თბილისი"),
								"en",
								new ServiceListingDocument.PlaceText("Office", "1 Sample Street", "Tbilisi",
										"Tbilisi")))),
				List.of(new ServiceListingDocument.Phone(UUID.randomUUID(), "+995 32 000 00 00", PhoneKind.VOICE, true,
						false, true, Map.of("ka", "ცხელი ხაზი", "en", "Hotline"))),
				List.of(weekday(DayOfWeek.MONDAY, 10, 18), weekday(DayOfWeek.TUESDAY, 10, 18),
						weekday(DayOfWeek.WEDNESDAY, 10, 18), weekday(DayOfWeek.THURSDAY, 10, 18),
						weekday(DayOfWeek.FRIDAY, 10, 18)));
	}

	public static ServiceListingDocument.Hours weekday(DayOfWeek day, int opens, int closes) {
		return new ServiceListingDocument.Hours(UUID.randomUUID(), day, LocalTime.of(opens, 0),
				LocalTime.of(closes % 24, 0), true);
	}

	/** Creates a listing from the document and publishes it; returns its id. */
	public Long published(ServiceListingDocument document) {
		return this.transactions.execute((status) -> {
			ServiceListing listing = this.store.create(null, document, SYSTEM, "");
			this.store.publish(listing, SYSTEM);
			return listing.getId();
		});
	}

	/** The published document, read back from the public tables. */
	public ServiceListingDocument readPublished(Long serviceId) {
		return this.transactions
			.execute((status) -> this.store.tablesOf(this.listings.findById(serviceId).orElseThrow()));
	}

	/** Deletes a listing made by a test, with everything that hangs on it. */
	public void remove(Long serviceId) {
		this.transactions.executeWithoutResult((status) -> this.listings.findById(serviceId)
			.ifPresent((listing) -> this.store.purge(listing, SYSTEM)));
	}

}
