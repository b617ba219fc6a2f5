package org.migrantportal.directory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The organization a help contact refers to is checked against the editor's countries
 * when it is created or saved: an organization of another country, or one that does not
 * exist, is a form error on that field and nothing is saved.
 */
@PortalWebTest
class HelpContactOrganizationScopeTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private HelpContactEditingService editing;

	@Autowired
	private JdbcTemplate jdbc;

	private HelpContactFixtures contacts;

	@BeforeEach
	void fixtures() {
		this.contacts = new HelpContactFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.contacts.removeAll();
	}

	@Test
	void createWhenGeorgianEditorNamesAnArmenianOrganizationThenFormErrorAndNothingSaved() {
		Actor editor = this.contacts.actor(StaffRole.EDITOR, CountryScope.GEORGIA);
		long before = count();
		for (Long organization : new Long[] { organizationId("iom-armenia"), 999_999_999L }) {
			assertThatExceptionOfType(HelpContactRuleException.class)
				.isThrownBy(() -> this.editing.create(editor, withOrganization(organization)))
				.satisfies((ex) -> assertThat(ex.problems()).extracting(ListingProblem::field)
					.containsExactly("organizationId"));
		}
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void createWhenGeorgianEditorNamesAGeorgianOrganizationThenSaved() {
		Actor editor = this.contacts.actor(StaffRole.EDITOR, CountryScope.GEORGIA);
		Long id = this.editing.create(editor, withOrganization(organizationId("iom-georgia")));
		this.contacts.track(id);
		assertThat(this.contacts.contact(id).document().organizationId()).isEqualTo(organizationId("iom-georgia"));
	}

	private HelpContactDocument withOrganization(Long organizationId) {
		HelpContactDocument hotline = HelpContactFixtures.hotline(CountryScope.GEORGIA, "ცხელი ხაზი",
				HelpContactFixtures.TEST_NUMBER);
		return new HelpContactDocument(hotline.kind(), hotline.country(), hotline.position(), hotline.texts(),
				hotline.phones(), null, null, null, organizationId, null, null, null, true);
	}

	private Long organizationId(String key) {
		return this.jdbc.queryForObject("select id from organization where content_key = ?", Long.class, key);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from help_contact", Long.class);
	}

}
