package org.migrantportal.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaAssetTranslationRepository extends JpaRepository<MediaAssetTranslation, Long> {

	List<MediaAssetTranslation> findByAssetId(Long assetId);

	List<MediaAssetTranslation> findByAssetIdIn(Collection<Long> assetIds);

	Optional<MediaAssetTranslation> findByAssetIdAndLocale(Long assetId, String locale);

}
