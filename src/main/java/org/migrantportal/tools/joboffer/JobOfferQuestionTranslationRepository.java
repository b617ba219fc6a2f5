package org.migrantportal.tools.joboffer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobOfferQuestionTranslationRepository extends JpaRepository<JobOfferQuestionTranslation, Long> {

	Optional<JobOfferQuestionTranslation> findByQuestionIdAndLocale(Long questionId, String locale);

	List<JobOfferQuestionTranslation> findByQuestionIdIn(Collection<Long> questionIds);

	List<JobOfferQuestionTranslation> findByQuestionId(Long questionId);

}
