package org.migrantportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentPageTranslationRepository extends JpaRepository<ContentPageTranslation, Long> {

	List<ContentPageTranslation> findByPageIdInAndState(Collection<Long> pageIds, TranslationState state);

	List<ContentPageTranslation> findBySlugAndState(String slug, TranslationState state);

	Optional<ContentPageTranslation> findByPageIdAndLocale(Long pageId, String locale);

	boolean existsByLocaleAndSlug(String locale, String slug);

}
