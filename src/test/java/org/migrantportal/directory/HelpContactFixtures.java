package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Help contacts for tests, created through the editing service by real accounts, and
 * removed again (with their revisions) so they never linger on the public pages.
 */
public final class HelpContactFixtures {

	/** A number made for tests only: it is no real service's. */
	public static final String TEST_NUMBER = "000 00 01";

	private final HelpContactEditingService editing;

	private final HelpContactService helpContacts;

	private final AccountFixtures accounts;

	private final JdbcClient jdbc;

	private final List<Long> created = new ArrayList<>();

	public HelpContactFixtures(ApplicationContext context) {
		this.editing = context.getBean(HelpContactEditingService.class);
		this.helpContacts = context.getBean(HelpContactService.class);
		this.accounts = new AccountFixtures(context);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A real account's actor of this role and country. */
	public Actor actor(StaffRole role, CountryScope country) {
		String email = this.accounts.create(role, country, null);
		return new Actor(this.accounts.idOf(email), email, role, country, null, false);
	}

	/** A hotline draft of the country with one test number, saved by an editor of it. */
	public Long hotlineDraft(CountryScope country, String name) {
		Long id = this.editing.create(actor(StaffRole.EDITOR, country), hotline(country, name, TEST_NUMBER));
		this.created.add(id);
		return id;
	}

	/** A hotline draft submitted for review by an editor of its country. */
	public Long hotlineInReview(CountryScope country, String name) {
		Long id = hotlineDraft(country, name);
		this.editing.submitForReview(actor(StaffRole.EDITOR, country), id, version(id));
		return id;
	}

	/** Removes a contact made elsewhere in the test along with this fixture's own. */
	public void track(Long id) {
		this.created.add(id);
	}

	public long version(Long id) {
		return this.editing.getContact(actor(StaffRole.ADMIN, CountryScope.BOTH), id).version();
	}

	public EditableHelpContact contact(Long id) {
		return this.editing.getContact(actor(StaffRole.ADMIN, CountryScope.BOTH), id);
	}

	public static HelpContactDocument hotline(CountryScope country, String name, String number) {
		return new HelpContactDocument(HelpContactKind.HOTLINE, country, 50,
				Map.of("en", new HelpContactDocument.Text(name, null, null, null, false, null)),
				List.of(new HelpContactDocument.Phone(number, Map.of(), true, true, true, List.of())), null, null, null,
				null, null, null, null, true);
	}

	/** Removes every contact made here, and what the public block kept of them. */
	public void removeAll() {
		for (Long id : this.created) {
			this.jdbc
				.sql("update help_contact set working_revision_id = null, published_revision_id = null where id = ?")
				.param(id)
				.update();
			this.jdbc.sql("delete from help_contact_revision where contact_id = ?").param(id).update();
			this.jdbc.sql("delete from help_contact where id = ?").param(id).update();
		}
		this.created.clear();
		this.helpContacts.evict();
	}

}
