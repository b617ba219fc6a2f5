package org.migrantportal.media;

import java.util.Collection;
import java.util.List;

import org.migrantportal.shared.CountryScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MediaAssetRepository extends JpaRepository<MediaAsset, Long> {

	/**
	 * The files not in the trash within a scope, newest first: of the countries given, of
	 * one organization when {@code organizationId} is set, of one kind, one country and
	 * one language of their own when set, and with a title in any language containing
	 * {@code title} when set; only reviewed ones when {@code reviewedOnly}; none of
	 * {@code excluded}.
	 */
	@Query("""
			select a from MediaAsset a
			where a.deletedAt is null
			  and a.countryScope in :countries
			  and (:organizationId is null or a.organizationId = :organizationId)
			  and (:kind is null or a.kind = :kind)
			  and (:country is null or a.countryScope = :country)
			  and (:language is null or a.documentLanguage = :language)
			  and a.id not in :excluded
			  and (:reviewedOnly = false or a.reviewedAt is not null)
			  and (:title is null or exists (select t.id from MediaAssetTranslation t
			       where t.assetId = a.id and lower(t.title) like lower(concat('%', cast(:title as string), '%'))))
			order by a.createdAt desc, a.id desc
			""")
	Page<MediaAsset> search(@Param("countries") Collection<CountryScope> countries,
			@Param("organizationId") Long organizationId, @Param("kind") MediaKind kind, @Param("title") String title,
			@Param("country") CountryScope country, @Param("language") String language,
			@Param("excluded") Collection<Long> excluded, @Param("reviewedOnly") boolean reviewedOnly,
			Pageable pageable);

	List<MediaAsset> findByDeletedAtIsNullAndReviewedAtIsNullOrderByCreatedAtDesc();

	List<MediaAsset> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

}
