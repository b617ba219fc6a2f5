package org.migrantportal.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TranslationRevisionRepository extends JpaRepository<TranslationRevision, Long> {

	@Query("select coalesce(max(r.revisionNumber), 0) from TranslationRevision r "
			+ "where r.subjectType = :subjectType and r.translationId = :translationId")
	int lastRevisionNumber(TranslationRevision.SubjectType subjectType, Long translationId);

	Optional<TranslationRevision> findFirstBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(
			TranslationRevision.SubjectType subjectType, Long translationId);

	List<TranslationRevision> findBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(
			TranslationRevision.SubjectType subjectType, Long translationId);

	/**
	 * When the latest change that was not minor, after {@code since} and up to
	 * {@code upTo}, was saved.
	 */
	@Query("select max(r.createdAt) from TranslationRevision r where r.subjectType = :subjectType "
			+ "and r.translationId = :translationId and r.id > :since and r.id <= :upTo and r.minorChange = false")
	Instant latestMajorChangeBetween(TranslationRevision.SubjectType subjectType, Long translationId, Long since,
			Long upTo);

}
