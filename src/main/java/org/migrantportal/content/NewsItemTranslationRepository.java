package org.migrantportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsItemTranslationRepository extends JpaRepository<NewsItemTranslation, Long> {

	Optional<NewsItemTranslation> findByNewsItemIdAndLocale(Long newsItemId, String locale);

	List<NewsItemTranslation> findByNewsItemIdIn(Collection<Long> newsItemIds);

	List<NewsItemTranslation> findByNewsItemIdInAndPublishedTitleIsNotNull(Collection<Long> newsItemIds);

	List<NewsItemTranslation> findByPublishedSlug(String slug);

	List<NewsItemTranslation> findBySlugOrPublishedSlug(String slug, String publishedSlug);

	List<NewsItemTranslation> findByPublishAtLessThanEqual(Instant now);

	List<NewsItemTranslation> findByUnpublishAtLessThanEqual(Instant now);

	boolean existsByLocaleAndSlug(String locale, String slug);

}
