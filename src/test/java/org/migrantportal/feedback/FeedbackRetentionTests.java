package org.migrantportal.feedback;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's text is kept {@code portal.feedback.text-retention-days} (180 by default)
 * after it was received, then removed; the answer "useful or not" stays for the counts.
 */
@PortalWebTest
class FeedbackRetentionTests {

	/** A target no fixture uses, so the rows are this test's own. */
	private static final long TARGET = 987_654_321L;

	@Autowired
	private FeedbackRetention retention;

	@Autowired
	private FeedbackProperties properties;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@AfterEach
	void remove() {
		this.jdbc.update("delete from feedback where target_kind = 'PAGE' and target_id = ?", TARGET);
	}

	@Test
	void textsPastTheRetentionPeriodGoAndTheAnswersStay() {
		LocalDate today = LocalDate.now(this.clock);
		int days = this.properties.textRetentionDays();
		assertThat(days).as("the default").isEqualTo(180);
		answer(false, "სად არის ოფისი, თბილისში?", today.minusDays(days + 2));
		answer(true, "Շատ օգտակար էր", today.minusDays(days - 2));
		answer(true, null, today.minusDays(400));

		this.retention.removeOldTexts();

		assertThat(this.jdbc.queryForList(
				"select comment from feedback where target_kind = 'PAGE' and target_id = ? order by received_on",
				String.class, TARGET))
			.as("only the text within the period is left")
			.containsExactly(null, null, "Շատ օգտակար էր");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from feedback where target_kind = 'PAGE' and target_id = ? and not useful",
				Integer.class, TARGET))
			.as("the answers are all counted still")
			.isEqualTo(1);
		this.retention.removeOldTexts();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from feedback where target_kind = 'PAGE' and target_id = ? and comment is not null",
				Integer.class, TARGET))
			.as("a second run removes nothing more")
			.isEqualTo(1);
	}

	private void answer(boolean useful, String text, LocalDate receivedOn) {
		this.jdbc.update("insert into feedback (target_kind, target_id, locale, useful, comment, received_on) "
				+ "values ('PAGE', ?, 'ka', ?, ?, ?)", TARGET, useful, text, receivedOn);
	}

}
