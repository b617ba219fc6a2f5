package org.migrantportal.callback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CallBackRequestRepository extends JpaRepository<CallBackRequest, Long> {

	List<CallBackRequest> findByOrganizationIdAndStateInOrderByCreatedAtAscIdAsc(Long organizationId,
			Collection<CallBackState> states);

	@Query("select r.organizationId as organizationId, r.state as state, count(r) as requests "
			+ "from CallBackRequest r group by r.organizationId, r.state")
	List<StateCount> countByOrganizationAndState();

	/**
	 * Deletes the requests past the period the visitor was told, or past their
	 * organization's present period when an admin shortened it.
	 */
	@Modifying
	@Query(nativeQuery = true,
			value = "delete from callback_request r where r.delete_after <= :now "
					+ "or exists (select 1 from callback_setting s where s.organization_id = r.organization_id "
					+ "and r.created_at + make_interval(days => s.retention_days) <= :now)")
	int deleteExpired(Instant now);

	/** How many requests of an organization are in a state. */
	interface StateCount {

		Long getOrganizationId();

		CallBackState getState();

		long getRequests();

	}

}
