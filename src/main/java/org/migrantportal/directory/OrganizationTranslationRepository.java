package org.migrantportal.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationTranslationRepository extends JpaRepository<OrganizationTranslation, Long> {

	List<OrganizationTranslation> findByOrganizationIdIn(Collection<Long> organizationIds);

	boolean existsByOrganizationIdAndLocale(Long organizationId, String locale);

	Optional<OrganizationTranslation> findByOrganizationIdAndLocale(Long organizationId, String locale);

}
