package org.migrantportal.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpContactRepository extends JpaRepository<HelpContact, Long> {

	Optional<HelpContact> findByContentKey(String contentKey);

	List<HelpContact> findByDeletedAtIsNullOrderByPositionAscIdAsc();

	List<HelpContact> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

	List<HelpContact> findByDeletedAtIsNullAndPublishedTrue();

}
