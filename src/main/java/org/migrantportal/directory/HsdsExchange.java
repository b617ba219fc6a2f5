package org.migrantportal.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Referral HSDS 3.0 exchange of the referral directory, for admins: exports every
 * published listing with its organization as one JSON document (all languages, byte for
 * byte the same for the same data), and imports such a document back. An import is
 * checked whole before anything is written and runs in one transaction: any problem
 * rejects the file and changes nothing.
 */
@Service
public class HsdsExchange {

	/** The largest file an import accepts. */
	public static final long MAX_IMPORT_BYTES = 4L * 1024 * 1024;

	private static final int MAX_PROBLEMS = 100;

	private static final String NOTE = "HSDS import";

	private final ServiceListingRepository listings;

	private final OrganizationRepository organizations;

	private final OrganizationTranslationRepository organizationTexts;

	private final ListingStore store;

	private final ListingRules rules;

	private final SiteLocales siteLocales;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	HsdsExchange(ServiceListingRepository listings, OrganizationRepository organizations,
			OrganizationTranslationRepository organizationTexts, ListingStore store, ListingRules rules,
			SiteLocales siteLocales, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.listings = listings;
		this.organizations = organizations;
		this.organizationTexts = organizationTexts;
		this.store = store;
		this.rules = rules;
		this.siteLocales = siteLocales;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every published listing, grouped under its organization, as HSDS 3.0 JSON: an array
	 * of organizations, each with its services, keys sorted.
	 */
	@Transactional(readOnly = true)
	public String export(Actor actor) {
		requireAdmin(actor);
		Map<String, HsdsMapper.Term> terms = terms();
		Map<Long, List<ServiceListing>> byOrganization = new HashMap<>();
		for (ServiceListing listing : this.listings.findByDeletedAtIsNullAndPublishedRevisionIdIsNotNull()) {
			byOrganization.computeIfAbsent(listing.getOrganizationId(), (id) -> new ArrayList<>()).add(listing);
		}
		List<Organization> owners = this.organizations.findAllById(byOrganization.keySet())
			.stream()
			.sorted(Comparator.comparing((Organization organization) -> organization.getHsdsId().toString()))
			.toList();
		List<Object> out = new ArrayList<>();
		for (Organization organization : owners) {
			List<Map<String, Object>> services = new ArrayList<>();
			byOrganization.get(organization.getId())
				.stream()
				.sorted(Comparator.comparing((ServiceListing listing) -> listing.getHsdsId().toString()))
				.forEach((listing) -> this.store.published(listing)
					.ifPresent((document) -> services.add(HsdsMapper.service(document, organization.getHsdsId(),
							new HsdsMapper.Verified(listing.getLastVerifiedOn(), listing.getLastVerifiedBy()),
							terms))));
			out.add(HsdsMapper.organization(organizationData(organization), services));
		}
		try {
			return HsdsMapper.JSON.writeValueAsString(out) + "\n";
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("The HSDS export could not be written", ex);
		}
	}

	/**
	 * Imports an HSDS file: existing listings (matched by their HSDS id) get a new
	 * revision that is published, new ones are created and published; a listing whose
	 * data is already the published data is left as it is.
	 * @throws HsdsImportException with every problem found; nothing was changed
	 */
	@Transactional(rollbackFor = Exception.class)
	public HsdsImportResult importFile(Actor actor, byte[] file) {
		requireAdmin(actor);
		List<HsdsProblem> problems = new ArrayList<>();
		JsonNode root = parse(file, problems);
		List<Planned> planned = (root != null) ? plan(root, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new HsdsImportException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		Instant now = this.clock.instant();
		for (Planned item : planned) {
			ServiceListing listing = item.listing();
			ServiceListingDocument document = item.service().document();
			if (listing == null) {
				listing = this.store.create(null, document, actor, NOTE);
				this.store.publish(listing, actor);
				created++;
			}
			else if (listing.isPublished()
					&& Objects.equals(listing.getWorkingRevisionId(), listing.getPublishedRevisionId())
					&& document.equals(this.store.working(listing))) {
				unchanged++;
			}
			else {
				this.store.save(listing, document, actor, NOTE);
				this.store.publish(listing, actor);
				updated++;
			}
			HsdsMapper.Verified verified = item.service().verified();
			if (verified != null && (!verified.on().equals(listing.getLastVerifiedOn())
					|| !Objects.equals(verified.by(), listing.getLastVerifiedBy()))) {
				listing.verified(verified.on(), verified.by(), now);
			}
		}
		return new HsdsImportResult(created, updated, unchanged);
	}

	private record Planned(ServiceListing listing, HsdsMapper.ImportedService service) {
	}

	private JsonNode parse(byte[] file, List<HsdsProblem> problems) {
		if (file == null || file.length == 0) {
			problems.add(new HsdsProblem("", "hsds.error.empty"));
			return null;
		}
		JsonNode root;
		try {
			root = HsdsMapper.JSON.readTree(new String(file, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			problems.add(new HsdsProblem("", "hsds.error.malformed"));
			return null;
		}
		if (root == null || !root.isArray()) {
			problems.add(new HsdsProblem("", "hsds.error.not-a-list"));
			return null;
		}
		return root;
	}

	/** Reads and checks every service of the file; writes nothing. */
	private List<Planned> plan(JsonNode root, List<HsdsProblem> problems) {
		Set<String> knownCodes = new HashSet<>(
				this.jdbc.sql("select code from taxonomy_term").query(String.class).list());
		String defaultLocale = this.siteLocales.defaultLocale().tag();
		HsdsMapper.Reader in = new HsdsMapper.Reader(problems);
		List<Planned> planned = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < root.size(); i++) {
			String organizationAt = "organizations[" + i + "]";
			JsonNode organization = root.get(i);
			if (!in.object(organization, organizationAt)) {
				continue;
			}
			UUID organizationHsdsId = in.uuid(organization, organizationAt, "id", true);
			Long organizationId = (organizationHsdsId != null) ? organizationId(organizationHsdsId) : null;
			if (organizationHsdsId != null && organizationId == null) {
				problems.add(new HsdsProblem(organizationAt + ".id", "hsds.error.organization-unknown"));
			}
			JsonNode services = organization.get("services");
			if (services == null || !services.isArray()) {
				problems.add(new HsdsProblem(organizationAt + ".services", "hsds.error.type-array"));
				continue;
			}
			for (int j = 0; j < services.size(); j++) {
				String at = organizationAt + ".services[" + j + "]";
				HsdsMapper.ImportedService service = HsdsMapper.readService(services.get(j), at, organizationHsdsId,
						organizationId, defaultLocale, knownCodes, problems);
				if (service == null || organizationId == null) {
					continue;
				}
				ServiceListingDocument document = service.document();
				ServiceListing listing = this.listings.findByHsdsId(document.hsdsId()).orElse(null);
				if (listing != null && listing.isDeleted()) {
					problems.add(new HsdsProblem(at + ".id", "hsds.error.in-trash"));
					continue;
				}
				Long serviceId = (listing != null) ? listing.getId() : null;
				for (ListingProblem problem : this.rules.check(document, serviceId)) {
					problems.add(new HsdsProblem(at + "." + HsdsMapper.pathOf(problem.field()), problem.messageKey()));
				}
				checkUnique(document, at, serviceId, ids, slugs, problems);
				planned.add(new Planned(listing, service));
			}
		}
		return planned;
	}

	/**
	 * Ids and slugs used twice in the file, or by another listing, would break the
	 * tables' unique keys halfway through; they are reported instead.
	 */
	private void checkUnique(ServiceListingDocument document, String at, Long serviceId, Set<UUID> ids,
			Set<String> slugs, List<HsdsProblem> problems) {
		Map<String, UUID> own = new LinkedHashMap<>();
		own.put(at + ".id", document.hsdsId());
		for (int i = 0; i < document.locations().size(); i++) {
			ServiceListingDocument.Place place = document.locations().get(i);
			own.put(at + ".service_at_locations[" + i + "].id", place.serviceAtLocationId());
			own.put(at + ".service_at_locations[" + i + "].location.id", place.hsdsId());
			if (usedElsewhere(
					"select count(*) from service_location where (hsds_id = ? or "
							+ "service_at_location_hsds_id = ?) and service_id <> coalesce(?, -1)",
					serviceId, place.hsdsId(), place.serviceAtLocationId())) {
				problems.add(new HsdsProblem(at + ".service_at_locations[" + i + "]", "hsds.error.id-in-use"));
			}
		}
		for (int i = 0; i < document.phones().size(); i++) {
			own.put(at + ".phones[" + i + "].id", document.phones().get(i).hsdsId());
			if (usedElsewhere("select count(*) from service_phone where hsds_id = ? and service_id <> coalesce(?, -1)",
					serviceId, document.phones().get(i).hsdsId())) {
				problems.add(new HsdsProblem(at + ".phones[" + i + "].id", "hsds.error.id-in-use"));
			}
		}
		for (int i = 0; i < document.openingHours().size(); i++) {
			own.put(at + ".schedules[" + i + "].id", document.openingHours().get(i).hsdsId());
			if (usedElsewhere(
					"select count(*) from service_opening_hours where hsds_id = ? and service_id <> coalesce(?, -1)",
					serviceId, document.openingHours().get(i).hsdsId())) {
				problems.add(new HsdsProblem(at + ".schedules[" + i + "].id", "hsds.error.id-in-use"));
			}
		}
		own.forEach((path, id) -> {
			if (id != null && !ids.add(id)) {
				problems.add(new HsdsProblem(path, "hsds.error.duplicate-id"));
			}
		});
		document.texts().forEach((locale, text) -> {
			if (text.slug() != null && !slugs.add(locale + "/" + text.slug())) {
				problems.add(new HsdsProblem(at + ".x-translations." + locale + ".slug", "directory.error.slug-taken"));
			}
		});
	}

	private boolean usedElsewhere(String sql, Long serviceId, UUID... ids) {
		List<Object> params = new ArrayList<>(List.of((Object[]) ids));
		params.add(serviceId);
		return this.jdbc.sql(sql).params(params).query(Long.class).single() > 0;
	}

	private Long organizationId(UUID hsdsId) {
		return this.jdbc.sql("select id from organization where hsds_id = ? and deleted_at is null")
			.param(hsdsId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private HsdsMapper.OrganizationData organizationData(Organization organization) {
		Map<String, HsdsMapper.OrganizationText> texts = new TreeMap<>();
		List<OrganizationTranslation> translations = this.organizationTexts
			.findByOrganizationIdIn(List.of(organization.getId()));
		for (OrganizationTranslation text : translations) {
			texts.put(text.getLocale(), new HsdsMapper.OrganizationText(text.getSlug(), text.getName(),
					text.getDescription(), text.isAwaitingNativeReview(), text.getTranslatedFrom()));
		}
		String standardLocale = this.siteLocales
			.pickBest(this.siteLocales.defaultLocale(), translations, OrganizationTranslation::getLocale)
			.map(OrganizationTranslation::getLocale)
			.orElse(null);
		return new HsdsMapper.OrganizationData(organization.getHsdsId(), organization.getEmail(),
				organization.getWebsite(), organization.getKind().name(), organization.getCountryScope(),
				standardLocale, texts);
	}

	/**
	 * The categories, named in the default language and, as translations, in every one.
	 */
	private Map<String, HsdsMapper.Term> terms() {
		SiteLocale standard = this.siteLocales.defaultLocale();
		Map<String, HsdsMapper.Term> terms = new TreeMap<>();
		this.jdbc.sql("select hsds_id, code from taxonomy_term").query((rs, row) -> {
			String code = rs.getString("code");
			Map<String, String> names = new TreeMap<>();
			for (SiteLocale locale : this.siteLocales.all()) {
				names.put(locale.tag(), name(code, locale));
			}
			terms.put(code,
					new HsdsMapper.Term(rs.getObject("hsds_id", UUID.class), code, name(code, standard), names));
			return code;
		}).list();
		return terms;
	}

	private String name(String code, SiteLocale locale) {
		return this.messages.getMessage("directory.category." + code, null, code, locale.toLocale());
	}

	private static void requireAdmin(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("HSDS exchange is for admins");
		}
	}

}
