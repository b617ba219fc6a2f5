package org.migrantportal.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpContactRevisionRepository extends JpaRepository<HelpContactRevision, Long> {

	List<HelpContactRevision> findByContactIdOrderByRevisionNumberDesc(Long contactId);

	Optional<HelpContactRevision> findFirstByContactIdOrderByRevisionNumberDesc(Long contactId);

	List<HelpContactRevision> findByIdIn(Collection<Long> ids);

}
