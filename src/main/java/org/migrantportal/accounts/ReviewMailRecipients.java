package org.migrantportal.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is e-mailed when work waits for them, and each person's own switch for it: the
 * reviewers whose scope reaches an item submitted for review, and the editor a text was
 * sent back to. Disabled accounts and people who switched it off get nothing.
 */
@Service
@Transactional
public class ReviewMailRecipients {

	private final AccountRepository accounts;

	private final AccountUserDetailsService users;

	private final Clock clock;

	ReviewMailRecipients(AccountRepository accounts, AccountUserDetailsService users, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The reviewers (and admins) who may publish an item of this country and
	 * organization, except the person who submitted it.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> reviewersOf(CountryScope country, Long organizationId, Long exceptAccountId) {
		return this.accounts.findAllByOrderByEmailAsc()
			.stream()
			.filter((account) -> account.isEnabled() && account.isReviewMail())
			.filter((account) -> account.getRole().includes(StaffRole.REVIEWER))
			.filter((account) -> !account.getId().equals(exceptAccountId))
			.filter((account) -> this.users.findUser(account.getId())
				.map((user) -> user.actor().canWorkOn(country, organizationId))
				.orElse(false))
			.map(ReviewMailRecipients::recipient)
			.toList();
	}

	/** The account, if it is enabled and wants the e-mail. */
	@Transactional(readOnly = true)
	public Optional<Recipient> find(Long accountId) {
		return Optional.ofNullable(accountId)
			.flatMap(this.accounts::findById)
			.filter((account) -> account.isEnabled() && account.isReviewMail())
			.map(ReviewMailRecipients::recipient);
	}

	@Transactional(readOnly = true)
	public boolean wantsMail(Actor actor) {
		return own(actor).isReviewMail();
	}

	/** A person switches the e-mails about their own work on or off. */
	public void setWantsMail(Actor actor, boolean wanted) {
		own(actor).chooseReviewMail(wanted, this.clock.instant());
	}

	private Account own(Actor actor) {
		if (actor == null || actor.accountId() == null) {
			throw new AccessDeniedException("Only a logged-in person has settings");
		}
		return this.accounts.findById(actor.accountId()).orElseThrow(() -> new AccessDeniedException("No account"));
	}

	private static Recipient recipient(Account account) {
		return new Recipient(account.getEmail(), account.getDisplayName(), account.getUiLocale());
	}

	/**
	 * Whom to write to, and in which language.
	 *
	 * @param uiLocale the back-office language they chose, or null
	 */
	public record Recipient(String email, String displayName, String uiLocale) {
	}

}
