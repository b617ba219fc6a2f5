package org.migrantportal.tools.joboffer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job-offer check questions for tests, made as the initial content makes them (published
 * in English only) and removed again with their translations and revisions, so they never
 * linger on the public check.
 */
public final class JobOfferFixtures {

	private final JobOfferEditingService editing;

	private final AccountFixtures accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<Long> created = new ArrayList<>();

	public JobOfferFixtures(ApplicationContext context) {
		this.editing = context.getBean(JobOfferEditingService.class);
		this.accounts = new AccountFixtures(context);
		this.jdbc = context.getBean(JdbcClient.class);
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	/**
	 * A question switched on, published in English with these words, last in the list.
	 */
	public Long publishedQuestion(String question, String warning, String advice) {
		Long id = this.transactions.execute((status) -> {
			JobOfferQuestion created = this.editing.create("test-" + UUID.randomUUID(), QuestionPart.QUESTION, 9000,
					true);
			this.editing.importTranslation(created, "en", new JobOfferText(question, warning, advice), false, null,
					true);
			return created.getId();
		});
		this.created.add(id);
		return id;
	}

	/** A real account's actor of this role and country. */
	public Actor actor(StaffRole role, CountryScope country) {
		String email = this.accounts.create(role, country, null);
		return new Actor(this.accounts.idOf(email), email, role, country, null, false);
	}

	public long version(Long id, String locale) {
		return this.editing.getTranslation(actor(StaffRole.ADMIN, CountryScope.BOTH), id, locale).version();
	}

	public EditableJobOfferTranslation translation(Long id, String locale) {
		return this.editing.getTranslation(actor(StaffRole.ADMIN, CountryScope.BOTH), id, locale);
	}

	/** The id of a question of the initial content, by its file name. */
	public Long initial(String key) {
		return this.jdbc.sql("select id from job_offer_question where content_key = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	public void removeAll() {
		for (Long id : this.created) {
			this.jdbc
				.sql("delete from job_offer_question_revision where translation_id in "
						+ "(select id from job_offer_question_translation where question_id = ?)")
				.param(id)
				.update();
			this.jdbc.sql("delete from job_offer_question_translation where question_id = ?").param(id).update();
			this.jdbc.sql("delete from job_offer_question where id = ?").param(id).update();
		}
		this.created.clear();
	}

}
