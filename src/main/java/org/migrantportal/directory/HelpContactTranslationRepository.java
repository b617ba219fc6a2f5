package org.migrantportal.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpContactTranslationRepository extends JpaRepository<HelpContactTranslation, Long> {

	List<HelpContactTranslation> findByContactIdIn(Collection<Long> contactIds);

	boolean existsByContactIdAndLocale(Long contactId, String locale);

}
