package org.migrantportal.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	@Query("""
			select e from AuditEntry e
			where (:actor is null or lower(e.actorEmail) like lower(concat('%', cast(:actor as string), '%')))
			and (:action is null or e.action = :action)
			and (:subjectType is null or e.subjectType = :subjectType)
			and (cast(:from as timestamp) is null or e.occurredAt >= :from)
			and (cast(:to as timestamp) is null or e.occurredAt < :to)
			order by e.occurredAt desc, e.id desc
			""")
	Page<AuditEntry> search(String actor, String action, String subjectType, Instant from, Instant to,
			Pageable pageable);

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findActions();

	@Query("select distinct e.subjectType from AuditEntry e order by e.subjectType")
	List<String> findSubjectTypes();

}
