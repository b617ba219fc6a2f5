package org.migrantportal.tools.joboffer;

import org.junit.jupiter.api.Test;

import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initial job-offer check: an introduction and eight questions in English, Georgian
 * and Armenian, published, the translations marked as awaiting a native speaker's review;
 * imported once, and never over what editors changed since.
 */
@PortalWebTest
class JobOfferImporterTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JobOfferImporter importer;

	@Autowired
	private JobOfferEditingService editing;

	@Test
	void importsTheIntroductionAndEightQuestionsInThreeLanguagesPublished() {
		assertThat(count(
				"select count(*) from job_offer_question where part = 'QUESTION' and content_key not like 'test-%'"))
			.isEqualTo(8);
		assertThat(count("select count(*) from job_offer_question where part = 'INTRO'")).isEqualTo(1);
		assertThat(count("select count(*) from job_offer_question_translation t join job_offer_question q "
				+ "on q.id = t.question_id where q.content_key not like 'test-%' and t.published_question is not null"))
			.isEqualTo(27);
		assertThat(count("select count(*) from job_offer_question_translation where locale in ('ka', 'hy') "
				+ "and not awaiting_native_review"))
			.isZero();
	}

	@Test
	void aSecondImportAddsNothingAndKeepsWhatEditorsChanged() {
		JobOfferFixtures fixtures = new JobOfferFixtures(this.context);
		Long fee = fixtures.initial("recruitment-fee");
		EditableJobOfferTranslation before = fixtures.translation(fee, "en");
		Actor editor = fixtures.actor(StaffRole.EDITOR, CountryScope.GEORGIA);
		JobOfferText changed = new JobOfferText("Did anyone ask you to pay to get this job?", before.text().warning(),
				before.text().advice());
		long version = this.editing.save(editor, fee, "en", changed, false, before.version());
		try {
			long translations = count("select count(*) from job_offer_question_translation");
			this.importer.run(null);
			assertThat(count("select count(*) from job_offer_question_translation")).isEqualTo(translations);
			assertThat(fixtures.translation(fee, "en").text()).isEqualTo(changed);
			assertThat(fixtures.translation(fee, "en").state()).isEqualTo(WorkflowState.DRAFT);
		}
		finally {
			this.editing.save(editor, fee, "en", before.text(), false, version);
			this.editing.publish(fixtures.actor(StaffRole.REVIEWER, CountryScope.ARMENIA), fee, "en",
					fixtures.version(fee, "en"));
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
