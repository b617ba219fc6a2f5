package org.migrantportal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsItemRepository extends JpaRepository<NewsItem, Long> {

	Optional<NewsItem> findByContentKey(String contentKey);

	List<NewsItem> findByDeletedAtIsNull();

	List<NewsItem> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

}
