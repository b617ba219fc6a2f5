package org.migrantportal.tools.joboffer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobOfferQuestionRevisionRepository extends JpaRepository<JobOfferQuestionRevision, Long> {

	List<JobOfferQuestionRevision> findByTranslationIdOrderByRevisionNumberDesc(Long translationId);

	Optional<JobOfferQuestionRevision> findFirstByTranslationIdOrderByRevisionNumberDesc(Long translationId);

}
