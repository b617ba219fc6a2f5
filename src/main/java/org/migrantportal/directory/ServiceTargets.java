package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Service listings looked up by id for modules that refer to them (visitors' feedback):
 * whether one is public, its scope, and its name and path in a reader's language.
 * Listings in the trash are not found.
 */
@Service
public class ServiceTargets {

	private final JdbcClient jdbc;

	private final SiteLocales siteLocales;

	ServiceTargets(JdbcClient jdbc, SiteLocales siteLocales) {
		this.jdbc = jdbc;
		this.siteLocales = siteLocales;
	}

	/** The listing if the public sees it. */
	public Optional<ServiceTarget> findPublished(long id, SiteLocale locale) {
		return Optional.ofNullable(findAll(List.of(id), locale).get(id)).filter(ServiceTarget::published);
	}

	/**
	 * The listings of these ids that are not in the trash, public or not, by id; a path
	 * only for the public ones.
	 */
	public Map<Long, ServiceTarget> findAll(Collection<Long> ids, SiteLocale locale) {
		Map<Long, ServiceTarget> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Long[] wanted = ids.toArray(Long[]::new);
		List<Row> rows = this.jdbc
			.sql("select s.id, s.country_scope, s.organization_id, (" + ServiceMatches.PUBLIC + ") as public, "
					+ "t.locale, t.slug, t.name from service_listing s "
					+ "left join service_listing_translation t on t.service_id = s.id "
					+ "where s.id = any(:ids) and s.deleted_at is null order by s.id")
			.param("ids", wanted)
			.query((rs, n) -> new Row(rs.getLong("id"), CountryScope.valueOf(rs.getString("country_scope")),
					rs.getLong("organization_id"), rs.getBoolean("public"), rs.getString("locale"),
					rs.getString("slug"), rs.getString("name")))
			.list();
		Map<Long, List<Row>> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.computeIfAbsent(row.id(), (key) -> new ArrayList<>()).add(row));
		byId.forEach((id, texts) -> {
			Row first = texts.get(0);
			Optional<Row> shown = this.siteLocales.pickBest(locale,
					texts.stream().filter((row) -> row.locale() != null).toList(), Row::locale);
			found.put(id,
					new ServiceTarget(id, first.country(), first.organizationId(), shown.map(Row::name).orElse(null),
							shown.filter(Row::isPublic)
								.map((row) -> "/" + locale.tag() + "/services/" + row.slug())
								.orElse(null)));
		});
		return found;
	}

	private record Row(long id, CountryScope country, Long organizationId, boolean isPublic, String locale, String slug,
			String name) {

	}

}
