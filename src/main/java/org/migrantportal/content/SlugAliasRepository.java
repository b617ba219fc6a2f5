package org.migrantportal.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlugAliasRepository extends JpaRepository<SlugAlias, Long> {

	Optional<SlugAlias> findFirstBySubjectTypeAndSlugOrderByIdDesc(String subjectType, String slug);

	boolean existsBySubjectTypeAndLocaleAndSlug(String subjectType, String locale, String slug);

	void deleteBySubjectTypeAndSubjectId(String subjectType, Long subjectId);

}
