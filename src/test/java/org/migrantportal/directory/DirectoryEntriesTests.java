package org.migrantportal.directory;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class DirectoryEntriesTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DirectoryEntries entries;

	@Autowired
	private ServiceDirectory directory;

	@Autowired
	private SiteLocales siteLocales;

	@Autowired
	private JdbcClient jdbc;

	private DirectoryFixtures fixtures;

	@BeforeEach
	void publish() {
		this.fixtures = new DirectoryFixtures(this.context);
		this.fixtures.publish(this.fixtures.yerevanShelter());
	}

	@AfterEach
	void remove() {
		this.fixtures.removeAll();
	}

	@Test
	void aStartWithOtherLanguageSettingsRebuildsTheEntriesAndTheDirectoryListsEveryServiceAgain() {
		List<String> before = armenianNames();
		assertThat(before).contains("Ապաստան Երևանում");
		this.jdbc.sql("delete from directory_entry").update();
		assertThat(armenianNames()).isEmpty();
		this.jdbc.sql("update directory_entry_basis set basis = 'hy>hy,en;older settings'").update();
		this.entries.run(null);
		assertThat(armenianNames()).isEqualTo(before);
	}

	@Test
	void aStartWithTheSameSettingsKeepsTheEntries() {
		this.jdbc.sql("delete from directory_entry where site_locale = 'hy'").update();
		this.entries.run(null);
		assertThat(armenianNames()).as("nothing rebuilt: the settings did not change").isEmpty();
		this.jdbc.sql("delete from directory_entry_basis").update();
		this.entries.run(null);
		assertThat(armenianNames()).contains("Ապաստան Երևանում");
	}

	private List<String> armenianNames() {
		return this.directory
			.search(this.siteLocales.get("hy"), new ServiceFilter(null, null, null, this.fixtures.marker, false, false),
					1, 50)
			.items()
			.stream()
			.map(ServiceSummary::name)
			.toList();
	}

}
