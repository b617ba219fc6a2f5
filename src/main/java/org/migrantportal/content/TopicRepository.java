package org.migrantportal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findByContentKey(String contentKey);

	List<Topic> findByDeletedAtIsNullOrderByPositionAscIdAsc();

	List<Topic> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

}
