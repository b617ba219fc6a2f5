package org.migrantportal.directory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalWebTest
class ListingStoreTests {

	@Autowired
	private ApplicationContext context;

	private ListingFixtures fixtures;

	private final List<Long> created = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		this.fixtures = new ListingFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.created.forEach(this.fixtures::remove);
	}

	@Test
	void publishedDocumentReadsBackFromThePublicTablesUnchanged() {
		ServiceListingDocument document = this.fixtures.tbilisiLegalAid(this.fixtures.organizationId("rights-georgia"),
				ListingFixturesSuffix.next());
		Long id = this.fixtures.published(document);
		this.created.add(id);
		assertThat(this.fixtures.readPublished(id)).isEqualTo(document);
	}

	@Test
	void aDocumentThatBreaksTheRulesIsRefusedWithEveryProblem() {
		ServiceListingDocument good = this.fixtures.tbilisiLegalAid(this.fixtures.organizationId("rights-georgia"),
				ListingFixturesSuffix.next());
		ServiceListingDocument bad = new ServiceListingDocument(good.hsdsId(), good.organizationId(), good.country(),
				good.status(), true, "not an e-mail", "javascript:alert(1)", "Mars/Olympus", "ka", List.of("astrology"),
				List.of("Georgian"), good.texts(), good.locations(), good.phones(), good.openingHours());
		assertThatExceptionOfType(ListingRuleException.class).isThrownBy(() -> this.fixtures.published(bad))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ListingProblem::field)
				.contains("email", "url", "timeZone", "categories", "languages"));
	}

}
