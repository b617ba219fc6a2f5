package org.migrantportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentPageTranslationRepository extends JpaRepository<ContentPageTranslation, Long> {

	List<ContentPageTranslation> findByPageIdInAndPublishedTitleIsNotNull(Collection<Long> pageIds);

	List<ContentPageTranslation> findByPublishedSlug(String slug);

	List<ContentPageTranslation> findByPageIdIn(Collection<Long> pageIds);

	Optional<ContentPageTranslation> findByPageIdAndLocale(Long pageId, String locale);

	boolean existsByLocaleAndSlug(String locale, String slug);

	List<ContentPageTranslation> findBySlugOrPublishedSlug(String slug, String publishedSlug);

	List<ContentPageTranslation> findByPublishAtLessThanEqual(Instant now);

	List<ContentPageTranslation> findByUnpublishAtLessThanEqual(Instant now);

}
