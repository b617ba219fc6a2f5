package org.migrantportal.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceListingRevisionRepository extends JpaRepository<ServiceListingRevision, Long> {

	List<ServiceListingRevision> findByServiceIdOrderByRevisionNumberDesc(Long serviceId);

	Optional<ServiceListingRevision> findFirstByServiceIdOrderByRevisionNumberDesc(Long serviceId);

}
