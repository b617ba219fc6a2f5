package org.migrantportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicTranslationRepository extends JpaRepository<TopicTranslation, Long> {

	List<TopicTranslation> findByTopicIdInAndState(Collection<Long> topicIds, TranslationState state);

	List<TopicTranslation> findBySlugAndState(String slug, TranslationState state);

	Optional<TopicTranslation> findByTopicIdAndLocale(Long topicId, String locale);

	boolean existsByLocaleAndSlug(String locale, String slug);

}
