package org.migrantportal.editorial;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed events of the workflow, as the modules that consume them see them: a step on
 * a page publishes one event naming the kind and the change, and the audit trail records
 * it by those names.
 */
@PortalWebTest
@EnableScenarios
class EditorialEventsTests {

	private static final Actor REVIEWER = new Actor(-7L, "events-reviewer@test.example", StaffRole.REVIEWER,
			CountryScope.BOTH, null, false);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private Long pageId;

	@BeforeEach
	void createPage() {
		this.content = new ContentFixtures(this.context);
		this.pageId = this.content.publishedPageOnlyIn("ka", "დაბრუნება სამშობლოში",
				ContentFixtures.uniqueSlug("dabruneba"), "ტექსტი.");
	}

	@AfterEach
	void removePage() {
		this.content.remove(this.pageId);
	}

	@Test
	void unpublishingAPagePublishesATypedEventThatTheAuditTrailRecords(Scenario scenario) {
		long version = this.editing.getTranslation(REVIEWER, ContentKind.PAGE, this.pageId, "ka").version();
		scenario.stimulate(() -> this.workflow.unpublish(REVIEWER, ContentKind.PAGE, this.pageId, "ka", version))
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForEventOfType(EditorialEvent.class)
			.matching((event) -> this.pageId.equals(event.subjectId()))
			.toArriveAndVerify((event) -> {
				assertThat(event.kind()).isEqualTo(ContentKind.PAGE.editable());
				assertThat(event.change()).isEqualTo(EditorialChange.UNPUBLISHED);
				assertThat(event.locale()).isEqualTo("ka");
				assertThat(event.actorEmail()).isEqualTo(REVIEWER.email());
				assertThat(event.editPath()).isEqualTo("/admin/pages/" + this.pageId + "/ka");
			});
		scenario.stimulate(() -> null)
			.andWaitAtMost(Duration.ofSeconds(10))
			.andWaitForStateChange(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'PAGE_UNPUBLISHED' and subject_id = ?", Long.class,
					this.pageId), (count) -> count > 0)
			.andVerify((count) -> assertThat(count).isEqualTo(1));
	}

}
