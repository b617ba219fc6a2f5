package org.migrantportal.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByContentKey(String contentKey);

	List<Organization> findByDeletedAtIsNullOrderByPositionAscIdAsc();

}
