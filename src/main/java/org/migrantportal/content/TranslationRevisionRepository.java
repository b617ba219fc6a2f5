package org.migrantportal.content;

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

}
