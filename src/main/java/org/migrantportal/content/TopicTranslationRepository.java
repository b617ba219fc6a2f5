package org.migrantportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicTranslationRepository extends JpaRepository<TopicTranslation, Long> {

	List<TopicTranslation> findByTopicIdInAndPublishedTitleIsNotNull(Collection<Long> topicIds);

	List<TopicTranslation> findByPublishedSlug(String slug);

	List<TopicTranslation> findByTopicIdIn(Collection<Long> topicIds);

	Optional<TopicTranslation> findByTopicIdAndLocale(Long topicId, String locale);

	boolean existsByLocaleAndSlug(String locale, String slug);

	List<TopicTranslation> findBySlugOrPublishedSlug(String slug, String publishedSlug);

	List<TopicTranslation> findByPublishAtLessThanEqual(Instant now);

	List<TopicTranslation> findByUnpublishAtLessThanEqual(Instant now);

}
