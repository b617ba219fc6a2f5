package org.migrantportal.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceListingRepository extends JpaRepository<ServiceListing, Long> {

	Optional<ServiceListing> findByContentKey(String contentKey);

	Optional<ServiceListing> findByHsdsId(UUID hsdsId);

	List<ServiceListing> findByDeletedAtIsNull();

	List<ServiceListing> findByDeletedAtIsNullAndPublishedRevisionIdIsNotNull();

	List<ServiceListing> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

}
