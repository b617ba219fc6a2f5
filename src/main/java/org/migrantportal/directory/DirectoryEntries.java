package org.migrantportal.directory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's read model ({@code directory_entry}): for each language the site
 * serves, the translation of each listing a visitor of that language is shown and its
 * sort key in that language's alphabet. {@link ListingTables} keeps it in step with the
 * published tables in the same transaction; a start whose languages or fallback chains
 * differ from those the entries were built for rebuilds them all.
 */
@Component
class DirectoryEntries implements ApplicationRunner, Ordered {

	/**
	 * Any number, the same on every node: nodes starting together rebuild one at a time.
	 */
	private static final long REBUILD_LOCK = 0x6469726563746f72L;

	private final JdbcClient jdbc;

	private final SiteLocales siteLocales;

	private final TransactionTemplate transactions;

	DirectoryEntries(JdbcClient jdbc, SiteLocales siteLocales, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.siteLocales = siteLocales;
		this.transactions = transactions;
	}

	/** Writes the entries of a listing from its published texts, replacing any it had. */
	void write(long serviceId, Map<String, ServiceListingDocument.Text> texts) {
		clear(serviceId);
		insert(serviceId, texts);
	}

	private void insert(long serviceId, Map<String, ServiceListingDocument.Text> texts) {
		List<Map.Entry<String, ServiceListingDocument.Text>> translations = List.copyOf(texts.entrySet());
		for (SiteLocale site : this.siteLocales.all()) {
			this.siteLocales.pickBest(site, translations, Map.Entry::getKey)
				.ifPresent((shown) -> insert(site, serviceId, shown.getKey(), shown.getValue().slug(),
						shown.getValue().name(), hasText(shown.getValue().feesDescription())));
		}
	}

	void clear(long serviceId) {
		this.jdbc.sql("delete from directory_entry where service_id = ?").param(serviceId).update();
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)").param(REBUILD_LOCK).query(Object.class).list();
			String basis = basis();
			boolean current = this.jdbc.sql("select basis from directory_entry_basis where id = 1")
				.query(String.class)
				.optional()
				.filter(basis::equals)
				.isPresent();
			if (!current) {
				rebuild();
				this.jdbc
					.sql("insert into directory_entry_basis (id, basis) values (1, :basis) "
							+ "on conflict (id) do update set basis = excluded.basis")
					.param("basis", basis)
					.update();
			}
		});
	}

	/** Before the importers, which write entries of their own as they publish. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private void rebuild() {
		this.jdbc.sql("delete from directory_entry").update();
		Map<Long, Map<String, ServiceListingDocument.Text>> texts = new LinkedHashMap<>();
		this.jdbc.sql("select service_id, locale, slug, name, fees_description from service_listing_translation")
			.query((rs, row) -> texts.computeIfAbsent(rs.getLong("service_id"), (id) -> new LinkedHashMap<>())
				.put(rs.getString("locale"),
						new ServiceListingDocument.Text(rs.getString("slug"), rs.getString("name"), "", "",
								rs.getString("fees_description"), false, null)))
			.list();
		texts.forEach(this::insert);
		// every row is new: without fresh statistics the planner takes the directory for
		// a
		// handful of rows and walks it with nested loops and sorts
		this.jdbc.sql("analyze directory_entry").update();
	}

	private void insert(SiteLocale site, long serviceId, String shownLocale, String slug, String name,
			boolean feesDescribed) {
		this.jdbc
			.sql("insert into directory_entry (site_locale, service_id, shown_locale, slug, name, sort_key, "
					+ "fees_described) values (?, ?, ?, ?, ?, ?, ?)")
			.params(site.tag(), serviceId, shownLocale, slug, name, sortKey(site, name), feesDescribed)
			.update();
	}

	/** The bytes of the name's collation key: byte order is the alphabet's order. */
	static byte[] sortKey(SiteLocale site, String name) {
		return Collator.getInstance(site.toLocale()).getCollationKey(name).toByteArray();
	}

	private String basis() {
		List<String> chains = new ArrayList<>();
		for (SiteLocale site : this.siteLocales.all()) {
			chains.add(site.tag() + ">"
					+ this.siteLocales.fallbackChain(site)
						.stream()
						.map(SiteLocale::tag)
						.collect(Collectors.joining(",")));
		}
		return String.join(";", chains) + ";java=" + Runtime.version().feature();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
