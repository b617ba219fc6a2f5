package org.migrantportal.directory;

import java.text.Collator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.migrantportal.shared.PageTags;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of the referral directory: filtered, paginated lists of published
 * services, one service, one organization with its services. It reads only the published
 * tables, never a draft, and leaves out inactive and trashed listings; whether a service
 * is open now is computed with the injected clock in the service's own time zone. Places,
 * phones and hours flagged as sample data are left out unless demo data is on.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDirectory {

	/** The largest page a visitor can ask for; larger sizes are capped. */
	public static final int MAX_PAGE_SIZE = 50;

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,60}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final String PUBLIC = ServiceMatches.PUBLIC;

	private final JdbcClient jdbc;

	private final SiteLocales siteLocales;

	private final ServiceListingRepository listings;

	private final ListingTables tables;

	private final Clock clock;

	private final DemoData demoData;

	private final ServiceMatches matches;

	ServiceDirectory(JdbcClient jdbc, SiteLocales siteLocales, ServiceListingRepository listings, ListingTables tables,
			Clock clock, DemoData demoData, ServiceMatches matches) {
		this.matches = matches;
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.siteLocales = siteLocales;
		this.listings = listings;
		this.tables = tables;
		this.clock = clock;
	}

	/** The directory's categories (taxonomy term codes), in their order. */
	public List<String> categories() {
		return this.jdbc.sql("select code from taxonomy_term order by position, code").query(String.class).list();
	}

	/** What the filter form offers: categories, and the places and languages in use. */
	public DirectoryChoices choices(SiteLocale locale) {
		PageTags.list(DirectoryKinds.SERVICE.key());
		Map<String, List<PlaceName>> places = new LinkedHashMap<>();
		this.jdbc.sql("select l.place_key, l.region_key, t.locale, t.city, t.region from service_location l "
				+ "join service_listing s on s.id = l.service_id "
				+ "left join service_location_translation t on t.location_id = l.id where " + PUBLIC + realOnly("l"))
			.query((rs, row) -> {
				String locale2 = rs.getString("locale");
				addPlace(places, rs.getString("place_key"), locale2, rs.getString("city"));
				addPlace(places, rs.getString("region_key"), locale2, rs.getString("region"));
				return row;
			})
			.list();
		Collator collator = Collator.getInstance(locale.toLocale());
		List<DirectoryChoices.Choice> placeChoices = places.entrySet()
			.stream()
			.map((entry) -> new DirectoryChoices.Choice(entry.getKey(),
					this.siteLocales.pickBest(locale, entry.getValue(), PlaceName::locale)
						.map(PlaceName::name)
						.orElse(entry.getKey())))
			.sorted(Comparator.comparing(DirectoryChoices.Choice::name, collator))
			.toList();
		List<DirectoryChoices.Choice> languages = this.jdbc
			.sql("select distinct g.code from service_listing_language g join service_listing s on s.id = g.service_id "
					+ "where " + PUBLIC)
			.query(String.class)
			.list()
			.stream()
			.map((code) -> new DirectoryChoices.Choice(code, languageName(code, locale)))
			.sorted(Comparator.comparing(DirectoryChoices.Choice::name, collator))
			.toList();
		return new DirectoryChoices(categories(), placeChoices, languages);
	}

	private static void addPlace(Map<String, List<PlaceName>> places, String key, String locale, String name) {
		if (key == null) {
			return;
		}
		List<PlaceName> names = places.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (locale != null && name != null && !name.isBlank()) {
			names.add(new PlaceName(locale, name));
		}
	}

	/**
	 * A page (from 1) of the published services that match the filter, by name in the
	 * visitor's language. A page past the end is empty; a size above
	 * {@link #MAX_PAGE_SIZE} is capped.
	 * @throws BadRequestException for an unknown category or a malformed place or
	 * language
	 */
	public ServiceResults search(SiteLocale locale, ServiceFilter filter, int page, int size) {
		PageTags.list(DirectoryKinds.SERVICE.key());
		PageTags.add(PageTags.CLOCK);
		if (page < 1 || size < 1) {
			throw new BadRequestException("page or size out of range");
		}
		check(filter);
		int boundedSize = Math.min(size, MAX_PAGE_SIZE);
		ServiceMatches.Page matches = this.matches.find(locale, filter, null, boundedSize,
				(long) (page - 1) * boundedSize);
		int totalPages = Math.max(1, (matches.total() + boundedSize - 1) / boundedSize);
		return new ServiceResults(summaries(locale, matches.matches()), page, boundedSize, totalPages, matches.total());
	}

	private void check(ServiceFilter filter) {
		if (filter.category() != null && !categories().contains(filter.category())) {
			throw new BadRequestException("unknown category");
		}
		if (filter.place() != null && !KEY.matcher(filter.place()).matches()) {
			throw new BadRequestException("malformed place");
		}
		if (filter.language() != null && !LANGUAGE.matcher(filter.language()).matches()) {
			throw new BadRequestException("malformed language");
		}
	}

	/** The summaries of matching services, in the order of the matches. */
	private List<ServiceSummary> summaries(SiteLocale locale, List<ServiceMatches.Match> roots) {
		if (roots.isEmpty()) {
			return List.of();
		}
		List<Long> ids = roots.stream().map(ServiceMatches.Match::id).toList();
		Map<Long, List<ServiceListingDocument.Hours>> hours = hoursOf(ids);
		Instant now = this.clock.instant();
		Map<Long, List<String>> categories = new HashMap<>();
		this.jdbc
			.sql("select c.service_id, t.code from service_listing_category c join taxonomy_term t on t.id = c.term_id "
					+ "where c.service_id in (:ids) order by t.position, t.code")
			.param("ids", ids)
			.query((rs, row) -> categories.computeIfAbsent(rs.getLong("service_id"), (k) -> new ArrayList<>())
				.add(rs.getString("code")))
			.list();
		Map<Long, Map<Long, List<PlaceName>>> cities = new HashMap<>();
		this.jdbc
			.sql("select l.service_id, l.id, t.locale, t.city from service_location l "
					+ "left join service_location_translation t on t.location_id = l.id "
					+ "where l.service_id in (:ids)" + realOnly("l") + " order by l.position, l.id")
			.param("ids", ids)
			.query((rs, row) -> {
				List<PlaceName> list = cities.computeIfAbsent(rs.getLong("service_id"), (k) -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getLong("id"), (k) -> new ArrayList<>());
				if (rs.getString("locale") != null && rs.getString("city") != null && !rs.getString("city").isBlank()) {
					list.add(new PlaceName(rs.getString("locale"), rs.getString("city")));
				}
				return row;
			})
			.list();
		Map<Long, OrganizationName> organizations = organizationNames(locale,
				roots.stream().map(ServiceMatches.Match::organizationId).distinct().toList());
		List<ServiceSummary> result = new ArrayList<>();
		for (ServiceMatches.Match root : roots) {
			List<ServiceListingDocument.Hours> own = hours.getOrDefault(root.id(), List.of());
			OrganizationName organization = organizations.get(root.organizationId());
			Set<String> cityNames = new LinkedHashSet<>();
			cities.getOrDefault(root.id(), Map.of())
				.values()
				.forEach((placeNames) -> this.siteLocales.pickBest(locale, placeNames, PlaceName::locale)
					.ifPresent((name) -> cityNames.add(name.name())));
			result.add(new ServiceSummary(root.id(), path(locale, "services", root.slug()), root.name(),
					this.siteLocales.get(root.locale()), !root.locale().equals(locale.tag()),
					(organization != null) ? organization.name() : null,
					(organization != null) ? organization.path() : null, root.country(), List.copyOf(cityNames),
					categories.getOrDefault(root.id(), List.of()), root.free(), root.feesDescribed(), root.status(),
					openNow(root.status(), own, root.zone(), now),
					own.stream().anyMatch(ServiceListingDocument.Hours::sample)));
		}
		return result;
	}

	/**
	 * Whether a service is open at a moment; null when its hours are not known. A
	 * temporarily closed service is closed whatever its hours say.
	 */
	static Boolean openNow(ServiceStatus status, List<ServiceListingDocument.Hours> hours, ZoneId zone, Instant now) {
		if (status == ServiceStatus.TEMPORARILY_CLOSED) {
			return false;
		}
		if (hours.isEmpty()) {
			return null;
		}
		return OpeningTimes.isOpen(hours, zone, now);
	}

	private Map<Long, List<ServiceListingDocument.Hours>> hoursOf(List<Long> ids) {
		Map<Long, List<ServiceListingDocument.Hours>> hours = new HashMap<>();
		this.jdbc
			.sql("select service_id, weekday, opens_at, closes_at, sample from service_opening_hours "
					+ "where service_id in (:ids)" + (this.demoData.on() ? "" : " and not sample"))
			.param("ids", ids)
			.query((rs, row) -> hours.computeIfAbsent(rs.getLong("service_id"), (k) -> new ArrayList<>())
				.add(new ServiceListingDocument.Hours(null, DayOfWeek.of(rs.getInt("weekday")),
						rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class),
						rs.getBoolean("sample"))))
			.list();
		return hours;
	}

	private Map<Long, OrganizationName> organizationNames(SiteLocale locale, List<Long> ids) {
		Map<Long, List<NamedRow>> rows = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc
				.sql("select t.organization_id, t.locale, t.slug, t.name from organization_translation t "
						+ "join organization o on o.id = t.organization_id "
						+ "where t.organization_id in (:ids) and o.deleted_at is null")
				.param("ids", ids)
				.query((rs, row) -> rows.computeIfAbsent(rs.getLong("organization_id"), (k) -> new ArrayList<>())
					.add(new NamedRow(rs.getString("locale"), rs.getString("slug"), rs.getString("name"))))
				.list();
		}
		Map<Long, OrganizationName> result = new HashMap<>();
		rows.forEach((id, translations) -> this.siteLocales.pickBest(locale, translations, NamedRow::locale)
			.ifPresent((shown) -> result.put(id, new OrganizationName(shown.name(),
					(shown.slug() != null) ? path(locale, "organizations", shown.slug()) : null))));
		return result;
	}

	/**
	 * A published service by its slug in any language, or an old slug of it.
	 * @throws ServiceNotFoundException when no published service answers to it
	 */
	public ServiceView getService(SiteLocale locale, String slug) {
		PageTags.add(PageTags.CLOCK);
		Long id = this.jdbc
			.sql("select t.service_id from service_listing_translation t join service_listing s on s.id = t.service_id "
					+ "where t.slug = :slug and " + PUBLIC + " order by (t.locale = :locale) desc limit 1")
			.param("slug", slug)
			.param("locale", locale.tag())
			.query(Long.class)
			.optional()
			.or(() -> this.jdbc.sql(
					"select a.service_id from service_listing_slug_alias a join service_listing s on s.id = a.service_id "
							+ "where a.slug = :slug and " + PUBLIC
							+ " order by (a.locale = :locale) desc, a.id desc limit 1")
				.param("slug", slug)
				.param("locale", locale.tag())
				.query(Long.class)
				.optional())
			.orElseThrow(() -> ServiceNotFoundException.service(slug));
		PageTags.item(DirectoryKinds.SERVICE.key(), id);
		ServiceListing listing = this.listings.findById(id).orElseThrow(() -> ServiceNotFoundException.service(slug));
		ServiceListingDocument document = this.demoData.on() ? this.tables.read(listing)
				: this.tables.read(listing).withoutSamples();
		List<Map.Entry<String, ServiceListingDocument.Text>> texts = List.copyOf(document.texts().entrySet());
		Map.Entry<String, ServiceListingDocument.Text> shown = this.siteLocales
			.pickBest(locale, texts, Map.Entry::getKey)
			.orElseThrow(() -> ServiceNotFoundException.service(slug));
		ServiceListingDocument.Text text = shown.getValue();
		ZoneId zone = ZoneId.of(document.timeZone());
		Instant now = this.clock.instant();
		OrganizationName organization = organizationNames(locale, List.of(document.organizationId()))
			.get(document.organizationId());
		return new ServiceView(id, text.name(), text.description(), text.eligibility(), text.feesDescription(),
				this.siteLocales.get(shown.getKey()), !shown.getKey().equals(locale.tag()), text.awaitingNativeReview(),
				(organization != null) ? organization.name() : null,
				(organization != null) ? organization.path() : null, document.country(), document.status(),
				document.freeOfCharge(), document.categories(),
				document.languages().stream().map((code) -> languageName(code, locale)).toList(), document.email(),
				document.url(), locations(locale, document), phones(locale, document),
				week(locale, document.openingHours(), zone, now),
				document.openingHours().stream().anyMatch(ServiceListingDocument.Hours::sample),
				openNow(document.status(), document.openingHours(), zone, now), listing.getLastVerifiedOn(),
				paths(locale, "services", texts.stream()
					.map((entry) -> new NamedRow(entry.getKey(), entry.getValue().slug(), entry.getValue().name()))
					.toList(), shown.getKey()));
	}

	private List<ServiceView.LocationView> locations(SiteLocale locale, ServiceListingDocument document) {
		List<ServiceView.LocationView> result = new ArrayList<>();
		for (ServiceListingDocument.Place place : document.locations()) {
			List<Map.Entry<String, ServiceListingDocument.PlaceText>> texts = List.copyOf(place.texts().entrySet());
			Optional<Map.Entry<String, ServiceListingDocument.PlaceText>> shown = this.siteLocales.pickBest(locale,
					texts, Map.Entry::getKey);
			ServiceListingDocument.PlaceText text = shown.map(Map.Entry::getValue)
				.orElse(new ServiceListingDocument.PlaceText("", "", "", ""));
			SiteLocale addressLocale = shown.map((entry) -> this.siteLocales.get(entry.getKey())).orElse(locale);
			String localTag = "GE".equals(place.countryCode()) ? "ka" : "AM".equals(place.countryCode()) ? "hy" : null;
			String localAddress = null;
			SiteLocale localLocale = null;
			Optional<SiteLocale> local = this.siteLocales.find(localTag);
			if (local.isPresent() && !local.get().equals(addressLocale)) {
				ServiceListingDocument.PlaceText localText = place.texts().get(localTag);
				if (localText != null && hasText(localText.address()) && !localText.address().equals(text.address())) {
					localAddress = localText.address() + (hasText(localText.city()) ? ", " + localText.city() : "");
					localLocale = local.get();
				}
			}
			result.add(new ServiceView.LocationView(text.name(), text.address(), text.city(), text.region(),
					addressLocale, localAddress, localLocale, place.latitude(), place.longitude(), place.sample()));
		}
		return result;
	}

	private List<ServiceView.PhoneView> phones(SiteLocale locale, ServiceListingDocument document) {
		return document.phones()
			.stream()
			.map((phone) -> new ServiceView.PhoneView(phone.number(), phone.kind(), phone.hotline(),
					phone.aroundTheClock(), phone.sample(),
					this.siteLocales.pickBest(locale, List.copyOf(phone.descriptions().entrySet()), Map.Entry::getKey)
						.map(Map.Entry::getValue)
						.orElse("")))
			.toList();
	}

	private static List<ServiceView.DayView> week(SiteLocale locale, List<ServiceListingDocument.Hours> hours,
			ZoneId zone, Instant now) {
		if (hours.isEmpty()) {
			return List.of();
		}
		DayOfWeek today = now.atZone(zone).getDayOfWeek();
		List<ServiceView.DayView> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<String> periods = hours.stream()
				.filter((period) -> period.day() == day)
				.map(ServiceDirectory::period)
				.toList();
			days.add(new ServiceView.DayView(day.getDisplayName(TextStyle.FULL_STANDALONE, locale.toLocale()), periods,
					day == today));
		}
		return days;
	}

	private static String period(ServiceListingDocument.Hours hours) {
		if (hours.opensAt().equals(LocalTime.MIDNIGHT) && hours.closesAt().equals(LocalTime.MIDNIGHT)) {
			return "00:00–24:00";
		}
		return hours.opensAt() + "–" + hours.closesAt();
	}

	/**
	 * An organization by its slug in any language, with its published services.
	 * @throws ServiceNotFoundException when no organization answers to it
	 */
	public OrganizationView getOrganization(SiteLocale locale, String slug) {
		PageTags.list(DirectoryKinds.SERVICE.key());
		Long id = this.jdbc.sql(
				"select t.organization_id from organization_translation t join organization o on o.id = t.organization_id "
						+ "where t.slug = :slug and o.deleted_at is null order by (t.locale = :locale) desc limit 1")
			.param("slug", slug)
			.param("locale", locale.tag())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> ServiceNotFoundException.organization(slug));
		List<OrganizationRow> translations = this.jdbc
			.sql("select locale, slug, name, description, awaiting_native_review from organization_translation "
					+ "where organization_id = ? and slug is not null")
			.param(id)
			.query((rs, row) -> new OrganizationRow(rs.getString("locale"), rs.getString("slug"), rs.getString("name"),
					rs.getString("description"), rs.getBoolean("awaiting_native_review")))
			.list();
		OrganizationRow shown = this.siteLocales.pickBest(locale, translations, OrganizationRow::locale)
			.orElseThrow(() -> ServiceNotFoundException.organization(slug));
		return this.jdbc.sql("select country_scope, website, email from organization where id = ?")
			.param(id)
			.query((rs, row) -> new OrganizationView(id, shown.name(), shown.description(),
					this.siteLocales.get(shown.locale()), !shown.locale().equals(locale.tag()),
					shown.awaitingNativeReview(), CountryScope.valueOf(rs.getString("country_scope")),
					rs.getString("website"), rs.getString("email"),
					summaries(locale, this.matches.find(locale, ServiceFilter.none(), id, null, 0).matches()),
					paths(locale, "organizations",
							translations.stream()
								.map((translation) -> new NamedRow(translation.locale(), translation.slug(),
										translation.name()))
								.toList(),
							shown.locale())))
			.single();
	}

	/**
	 * The organizations that work in a country (its own and the regional ones), or every
	 * organization when the country is null, in their order, with how many published
	 * services each offers.
	 */
	public List<OrganizationEntry> listOrganizations(SiteLocale locale, CountryScope country) {
		PageTags.list(DirectoryKinds.SERVICE.key());
		StringBuilder sql = new StringBuilder("select o.id, o.kind, o.country_scope, "
				+ "(select count(*) from service_listing s where s.organization_id = o.id and " + PUBLIC
				+ ") as services from organization o where o.deleted_at is null");
		Map<String, Object> params = new HashMap<>();
		if (country == CountryScope.BOTH) {
			sql.append(" and o.country_scope = 'BOTH'");
		}
		else if (country != null) {
			sql.append(" and o.country_scope in (:country, 'BOTH')");
			params.put("country", country.name());
		}
		sql.append(" order by o.position, o.id");
		List<OrganizationRoot> roots = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new OrganizationRoot(rs.getLong("id"), OrganizationKind.valueOf(rs.getString("kind")),
					CountryScope.valueOf(rs.getString("country_scope")), rs.getInt("services")))
			.list();
		if (roots.isEmpty()) {
			return List.of();
		}
		Map<Long, List<OrganizationRow>> translations = new HashMap<>();
		this.jdbc
			.sql("select organization_id, locale, slug, name, description, awaiting_native_review "
					+ "from organization_translation where slug is not null and organization_id in (:ids)")
			.param("ids", roots.stream().map(OrganizationRoot::id).toList())
			.query((rs, row) -> translations.computeIfAbsent(rs.getLong("organization_id"), (k) -> new ArrayList<>())
				.add(new OrganizationRow(rs.getString("locale"), rs.getString("slug"), rs.getString("name"),
						rs.getString("description"), rs.getBoolean("awaiting_native_review"))))
			.list();
		List<OrganizationEntry> result = new ArrayList<>();
		for (OrganizationRoot root : roots) {
			this.siteLocales.pickBest(locale, translations.getOrDefault(root.id(), List.of()), OrganizationRow::locale)
				.ifPresent((shown) -> result.add(new OrganizationEntry(root.id(), shown.name(), shown.description(),
						path(locale, "organizations", shown.slug()), this.siteLocales.get(shown.locale()),
						!shown.locale().equals(locale.tag()), root.kind(), root.country(), root.services())));
		}
		return result;
	}

	/**
	 * The paths of every published service and every organization, one map per record,
	 * for the sitemap.
	 */
	public List<Map<SiteLocale, String>> listPublicTranslationPaths() {
		PageTags.list(DirectoryKinds.SERVICE.key());
		Map<Long, List<NamedRow>> services = new LinkedHashMap<>();
		this.jdbc
			.sql("select t.service_id, t.locale, t.slug from service_listing_translation t "
					+ "join service_listing s on s.id = t.service_id where " + PUBLIC + " order by t.service_id")
			.query((rs, row) -> services.computeIfAbsent(rs.getLong("service_id"), (k) -> new ArrayList<>())
				.add(new NamedRow(rs.getString("locale"), rs.getString("slug"), null)))
			.list();
		Map<Long, List<NamedRow>> organizations = new LinkedHashMap<>();
		this.jdbc.sql("select t.organization_id, t.locale, t.slug from organization_translation t "
				+ "join organization o on o.id = t.organization_id where o.deleted_at is null and t.slug is not null "
				+ "order by o.position, o.id")
			.query((rs, row) -> organizations.computeIfAbsent(rs.getLong("organization_id"), (k) -> new ArrayList<>())
				.add(new NamedRow(rs.getString("locale"), rs.getString("slug"), null)))
			.list();
		List<Map<SiteLocale, String>> result = new ArrayList<>();
		services.values().forEach((rows) -> result.add(existing("services", rows)));
		organizations.values().forEach((rows) -> result.add(existing("organizations", rows)));
		result.removeIf(Map::isEmpty);
		return result;
	}

	private TranslationPaths paths(SiteLocale locale, String segment, List<NamedRow> translations, String shownTag) {
		Map<SiteLocale, String> switchPaths = new LinkedHashMap<>();
		for (SiteLocale target : this.siteLocales.all()) {
			this.siteLocales.pickBest(target, translations, NamedRow::locale)
				.ifPresent((translation) -> switchPaths.put(target, path(target, segment, translation.slug())));
		}
		String shownSlug = translations.stream()
			.filter((translation) -> translation.locale().equals(shownTag))
			.findFirst()
			.map(NamedRow::slug)
			.orElseThrow();
		return new TranslationPaths(existing(segment, translations), switchPaths,
				path(this.siteLocales.get(shownTag), segment, shownSlug));
	}

	private Map<SiteLocale, String> existing(String segment, List<NamedRow> translations) {
		Map<SiteLocale, String> existing = new LinkedHashMap<>();
		for (SiteLocale target : this.siteLocales.all()) {
			translations.stream()
				.filter((translation) -> translation.locale().equals(target.tag()))
				.findFirst()
				.ifPresent((translation) -> existing.put(target, path(target, segment, translation.slug())));
		}
		return existing;
	}

	private static String path(SiteLocale locale, String segment, String slug) {
		return "/" + locale.tag() + "/" + segment + "/" + slug;
	}

	/** A language's name in the visitor's language, e.g. Russian for {@code ru}. */
	static String languageName(String code, SiteLocale locale) {
		return languageName(code, locale.toLocale());
	}

	/** A language's name in another language, e.g. "Russian" for ru in English. */
	static String languageName(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		if (name.isEmpty() || name.equals(code)) {
			return code;
		}
		// title case, not upper case: Georgian has no capitals in running text
		int first = name.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
			.append(name.substring(Character.charCount(first)))
			.toString();
	}

	/**
	 * The condition that leaves out sample places of the alias, unless demo data is on.
	 */
	private String realOnly(String alias) {
		return this.demoData.on() ? "" : " and not " + alias + ".sample";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private record NamedRow(String locale, String slug, String name, boolean feesDescribed) {

		NamedRow(String locale, String slug, String name) {
			this(locale, slug, name, false);
		}

	}

	private record PlaceName(String locale, String name) {
	}

	private record OrganizationName(String name, String path) {
	}

	private record OrganizationRoot(long id, OrganizationKind kind, CountryScope country, int services) {
	}

	private record OrganizationRow(String locale, String slug, String name, String description,
			boolean awaitingNativeReview) {
	}

}
