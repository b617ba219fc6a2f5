package org.migrantportal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentPageRepository extends JpaRepository<ContentPage, Long> {

	Optional<ContentPage> findByContentKey(String contentKey);

	List<ContentPage> findByTopicIdAndDeletedAtIsNullOrderByPositionAscIdAsc(Long topicId);

	List<ContentPage> findByDeletedAtIsNull();

	List<ContentPage> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

}
