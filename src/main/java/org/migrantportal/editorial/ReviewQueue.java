package org.migrantportal.editorial;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Service;

/**
 * The work waiting for one person, from every kind: what waits for their review, their
 * own drafts, and what reviewers sent back to them with a reason.
 */
@Service
public class ReviewQueue {

	/** The most items each list shows; the counts are exact. */
	public static final int SHOWN = 20;

	private final List<WorkSource> sources;

	private final EditorialPolicy policy;

	ReviewQueue(List<WorkSource> sources, EditorialPolicy policy) {
		this.sources = sources;
		this.policy = policy;
	}

	public Queue of(Actor actor) {
		List<WorkItem> all = this.sources.stream()
			.flatMap((source) -> source.openWork(actor).stream())
			.sorted(Comparator.comparing(WorkItem::updatedAt).reversed())
			.toList();
		List<WorkItem> toReview = all.stream()
			.filter((item) -> item.state() == WorkflowState.IN_REVIEW)
			.filter((item) -> this.policy.available(actor, item.kind(), item.facts()).contains(EditorialAction.PUBLISH))
			.toList();
		List<WorkItem> mine = all.stream()
			.filter((item) -> item.state() == WorkflowState.DRAFT)
			.filter((item) -> Objects.equals(item.lastEditorId(), actor.accountId()))
			.toList();
		return new Queue(actor.hasRole(StaffRole.REVIEWER), toReview,
				mine.stream().filter((item) -> !item.sentBack()).toList(),
				mine.stream().filter(WorkItem::sentBack).toList());
	}

	/**
	 * The three lists of one person's queue, newest change first.
	 *
	 * @param reviewer whether the person reviews (else "waiting for my review" does not
	 * apply to them)
	 */
	public record Queue(boolean reviewer, List<WorkItem> toReview, List<WorkItem> myDrafts,
			List<WorkItem> sentBackToMe) {

		public List<WorkItem> toReviewShown() {
			return this.toReview.stream().limit(SHOWN).toList();
		}

		public List<WorkItem> myDraftsShown() {
			return this.myDrafts.stream().limit(SHOWN).toList();
		}

		public List<WorkItem> sentBackShown() {
			return this.sentBackToMe.stream().limit(SHOWN).toList();
		}

	}

}
