package org.migrantportal.callback;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Organizations that take call-back requests, and requests sent to them, for tests; every
 * test starts and ends with no request and no setting.
 */
public final class CallBackFixtures {

	/** A Georgian NGO that takes requests in the tests. */
	public static final String GEORGIAN_NGO = "caritas-georgia";

	/** An Armenian NGO that takes requests in the tests. */
	public static final String ARMENIAN_NGO = "caritas-armenia";

	/** A Georgian NGO that takes no requests. */
	public static final String NOT_TAKING = "tanadgoma";

	/** The phone number of every test request: a fictitious one. */
	public static final String PHONE = "+995 555 00 77 11";

	/** The name of every test request. */
	public static final String NAME = "ნინო-ტესტი";

	/** The topic of every test request. */
	public static final String TOPIC = "სამუშაო შეთავაზება საზღვარგარეთ";

	private final JdbcTemplate jdbc;

	private final AccountFixtures accounts;

	private final CallBackService service;

	private final SiteLocales siteLocales;

	public CallBackFixtures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.accounts = new AccountFixtures(context);
		this.service = context.getBean(CallBackService.class);
		this.siteLocales = context.getBean(SiteLocales.class);
	}

	/** Removes every request and setting. */
	public void clear() {
		this.jdbc.update("delete from callback_request");
		this.jdbc.update("delete from callback_setting");
	}

	/** Lets an organization take requests, kept for this many days. */
	public void accept(String organizationKey, int retentionDays) {
		this.jdbc.update(
				"insert into callback_setting (organization_id, accepts_requests, retention_days) values (?, true, ?) "
						+ "on conflict (organization_id) do update set accepts_requests = true, retention_days = ?",
				organizationId(organizationKey), retentionDays, retentionDays);
	}

	public Long organizationId(String key) {
		return this.accounts.organizationId(key);
	}

	/** A request from Georgia, in Georgian, to the organization; returns its id. */
	public long send(String organizationKey) {
		Long organizationId = organizationId(organizationKey);
		String country = organizationKey.equals(ARMENIAN_NGO) ? "ARMENIA" : "GEORGIA";
		this.service.submit(new CallBackSubmission(NAME, PHONE, "ka", country, TOPIC, organizationId.toString()),
				this.siteLocales.get("ka"));
		return this.jdbc.queryForObject("select max(id) from callback_request where organization_id = ?", Long.class,
				organizationId);
	}

	public long count() {
		return this.jdbc.queryForObject("select count(*) from callback_request", Long.class);
	}

	public boolean exists(long id) {
		return this.jdbc.queryForObject("select count(*) from callback_request where id = ?", Long.class, id) == 1;
	}

	public String state(long id) {
		return this.jdbc.queryForObject("select state from callback_request where id = ?", String.class, id);
	}

}
