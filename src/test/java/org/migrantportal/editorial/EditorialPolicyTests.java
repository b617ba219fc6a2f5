package org.migrantportal.editorial;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.migrantportal.editorial.EditorialAction.MOVE_TO_TRASH;
import static org.migrantportal.editorial.EditorialAction.PUBLISH;
import static org.migrantportal.editorial.EditorialAction.PURGE;
import static org.migrantportal.editorial.EditorialAction.RESTORE;
import static org.migrantportal.editorial.EditorialAction.SAVE;
import static org.migrantportal.editorial.EditorialAction.SCHEDULE;
import static org.migrantportal.editorial.EditorialAction.SEND_BACK;
import static org.migrantportal.editorial.EditorialAction.SUBMIT;
import static org.migrantportal.editorial.EditorialAction.UNPUBLISH;
import static org.migrantportal.editorial.EditorialAction.VERIFY;

class EditorialPolicyTests {

	private static final EditableKind PAGE = new EditableKind("PAGE", StaffRole.TRANSLATOR, true);

	private static final EditableKind TOPIC = new EditableKind("TOPIC", StaffRole.TRANSLATOR, false);

	private static final EditableKind SERVICE = new EditableKind("SERVICE", StaffRole.EDITOR, true);

	private static final long NGO = 7L;

	private final EditorialPolicy policy = new EditorialPolicy();

	private static Actor actor(long id, StaffRole role, CountryScope country) {
		return new Actor(id, "person" + id + "@example.org", role, country, null, false);
	}

	private static EditorialItem item(WorkflowState state, boolean live, Long lastEditor, boolean fourEyes) {
		return new EditorialItem(CountryScope.GEORGIA, null, state, live, false, lastEditor, fourEyes);
	}

	@Test
	void anEditorSavesAndSubmitsADraftButNeitherPublishesNorSendsBack() {
		Actor editor = actor(1, StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(this.policy.available(editor, PAGE, item(WorkflowState.DRAFT, false, 1L, false)))
			.containsExactlyInAnyOrder(SAVE, SUBMIT, VERIFY, MOVE_TO_TRASH);
	}

	@Test
	void aReviewerPublishesOrSendsBackWhatIsInReview() {
		Actor reviewer = actor(2, StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThat(this.policy.available(reviewer, SERVICE, item(WorkflowState.IN_REVIEW, true, 1L, true)))
			.contains(PUBLISH, SEND_BACK, UNPUBLISH, SCHEDULE)
			.doesNotContain(SUBMIT, PURGE, RESTORE);
	}

	@ParameterizedTest
	@EnumSource(value = WorkflowState.class, names = { "IN_REVIEW", "PUBLISHED", "UNPUBLISHED" })
	void onlyADraftIsSubmitted(WorkflowState state) {
		Actor editor = actor(1, StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThatExceptionOfType(EditorialRefusal.class)
			.isThrownBy(() -> this.policy.require(editor, SERVICE, item(state, false, 1L, false), SUBMIT))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("editorial.refused.not-a-draft"));
	}

	@ParameterizedTest
	@EnumSource(value = WorkflowState.class, names = { "DRAFT", "PUBLISHED", "UNPUBLISHED" })
	void onlyWhatIsInReviewIsSentBack(WorkflowState state) {
		Actor reviewer = actor(2, StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThatExceptionOfType(EditorialRefusal.class)
			.isThrownBy(() -> this.policy.require(reviewer, PAGE, item(state, true, 1L, false), SEND_BACK))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("editorial.refused.not-in-review"));
	}

	@Test
	void unpublishingWhatIsNotOnlineIsRefusedNotSilentlyDone() {
		Actor reviewer = actor(2, StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(
				() -> this.policy.require(reviewer, SERVICE, item(WorkflowState.DRAFT, false, 1L, false), UNPUBLISH))
			.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("editorial.refused.not-online"));
	}

	@Test
	void publishingWhatIsPublishedAlreadyIsRefused() {
		Actor reviewer = actor(2, StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThat(this.policy.refusal(reviewer, PAGE, item(WorkflowState.PUBLISHED, true, 1L, false), PUBLISH))
			.isEqualTo("editorial.refused.already-published");
		assertThat(this.policy.refusal(reviewer, PAGE, item(WorkflowState.UNPUBLISHED, false, 1L, false), PUBLISH))
			.isNull();
	}

	@Test
	void whereFourEyesApplyTheLastEditorNeitherPublishesNorSchedulesTheirOwnEdit() {
		Actor reviewer = actor(2, StaffRole.REVIEWER, CountryScope.GEORGIA);
		EditorialItem own = item(WorkflowState.IN_REVIEW, false, 2L, true);
		assertThat(this.policy.available(reviewer, PAGE, own)).doesNotContain(PUBLISH, SCHEDULE).contains(SEND_BACK);
		assertThat(this.policy.refusal(reviewer, PAGE, own, PUBLISH)).isEqualTo("editorial.refused.four-eyes");
		assertThat(this.policy.available(actor(3, StaffRole.REVIEWER, CountryScope.GEORGIA), PAGE, own))
			.contains(PUBLISH, SCHEDULE);
		assertThat(this.policy.available(reviewer, PAGE, item(WorkflowState.IN_REVIEW, false, 2L, false)))
			.contains(PUBLISH);
	}

	@Test
	void aTranslatorWritesTextsButNotRecords() {
		Actor translator = actor(4, StaffRole.TRANSLATOR, CountryScope.BOTH);
		EditorialItem draft = item(WorkflowState.DRAFT, false, null, false);
		assertThat(this.policy.available(translator, PAGE, draft)).containsExactlyInAnyOrder(SAVE, SUBMIT);
		assertThat(this.policy.available(translator, SERVICE, draft)).isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.policy.require(translator, SERVICE, draft, SAVE));
	}

	@Test
	void staffOfOneCountryDoNotReachTheOther() {
		Actor armenian = actor(5, StaffRole.REVIEWER, CountryScope.ARMENIA);
		EditorialItem georgian = item(WorkflowState.IN_REVIEW, true, 1L, false);
		assertThat(this.policy.available(armenian, PAGE, georgian)).isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.policy.require(armenian, PAGE, georgian, PUBLISH));
		EditorialItem regional = new EditorialItem(CountryScope.BOTH, null, WorkflowState.IN_REVIEW, true, false, 1L,
				false);
		assertThat(this.policy.available(armenian, PAGE, regional)).contains(PUBLISH);
	}

	@Test
	void partnerStaffWorkOnlyOnTheirOrganizationsItems() {
		Actor ngo = new Actor(6L, "ngo@example.org", StaffRole.EDITOR, CountryScope.GEORGIA, NGO, true);
		EditorialItem theirs = new EditorialItem(CountryScope.GEORGIA, NGO, WorkflowState.DRAFT, false, false, 6L,
				false);
		EditorialItem another = new EditorialItem(CountryScope.GEORGIA, NGO + 1, WorkflowState.DRAFT, false, false, 6L,
				false);
		assertThat(this.policy.available(ngo, SERVICE, theirs)).contains(SAVE, SUBMIT);
		assertThat(this.policy.available(ngo, SERVICE, another)).isEmpty();
	}

	@Test
	void theTrashTakesOnlyTrashableKindsAndItsItemsOnlyComeBackOrGoForGood() {
		Actor admin = actor(9, StaffRole.ADMIN, CountryScope.BOTH);
		EditorialItem trashed = new EditorialItem(CountryScope.GEORGIA, null, WorkflowState.DRAFT, false, true, 1L,
				false);
		assertThat(this.policy.available(admin, PAGE, trashed)).containsExactlyInAnyOrder(RESTORE, PURGE);
		assertThat(this.policy.refusal(admin, PAGE, trashed, SAVE)).isEqualTo("editorial.refused.in-trash");
		assertThat(this.policy.available(admin, TOPIC, item(WorkflowState.PUBLISHED, true, 1L, false)))
			.doesNotContain(MOVE_TO_TRASH);
		assertThat(this.policy.refusal(admin, PAGE, item(WorkflowState.DRAFT, false, 1L, false), RESTORE))
			.isEqualTo("editorial.refused.not-in-trash");
		Actor editor = actor(1, StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(this.policy.available(editor, PAGE, trashed)).containsExactly(RESTORE);
	}

	@ParameterizedTest
	@EnumSource(EditorialAction.class)
	void everyRefusalHasAMessageAndNoActionIsAllowedWithoutTheRole(EditorialAction action) {
		Actor nobody = actor(10, StaffRole.TRANSLATOR, CountryScope.GEORGIA);
		Set<EditorialAction> translatorActions = EnumSet.of(SAVE, SUBMIT);
		if (!translatorActions.contains(action)) {
			assertThat(this.policy.permitted(nobody, PAGE, item(WorkflowState.DRAFT, false, null, false), action))
				.isFalse();
		}
		else {
			assertThatNoException().isThrownBy(
					() -> this.policy.require(nobody, PAGE, item(WorkflowState.DRAFT, false, null, false), action));
		}
	}

}
