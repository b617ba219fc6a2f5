package org.migrantportal.content;

import java.util.List;
import java.util.Set;

import org.migrantportal.media.MediaUsage;
import org.migrantportal.media.MediaUsages;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the media library where its files show: the translations of pages, topics and
 * news (not in the trash) whose working Markdown or published text references
 * {@code media:123}, and the news items that have the file as cover.
 */
@Component
class ContentMediaUsages implements MediaUsages {

	// working Markdown: media:12 not followed by another digit; published HTML: the
	// reference as the renderer stores it, "media:12"
	private static final String SQL = """
			select 'PAGE' as kind, p.id, t.locale, coalesce(t.published_title, t.title) as title,
			       p.country_scope, p.organization_id, false as cover
			from content_page_translation t join content_page p on p.id = t.page_id
			where p.deleted_at is null and (t.body_markdown ~ :markdown or t.published_body_html like :html)
			union all
			select 'TOPIC', o.id, t.locale, coalesce(t.published_title, t.title), null, null, false
			from topic_translation t join topic o on o.id = t.topic_id
			where o.deleted_at is null and (t.body_markdown ~ :markdown or t.published_body_html like :html)
			union all
			select 'NEWS', n.id, t.locale, coalesce(t.published_title, t.title), n.country_scope, n.organization_id, false
			from news_item_translation t join news_item n on n.id = t.news_item_id
			where n.deleted_at is null and (t.body_markdown ~ :markdown or t.published_body_html like :html)
			union all
			select 'NEWS', n.id, n.source_locale,
			       (select coalesce(t.published_title, t.title) from news_item_translation t
			        where t.news_item_id = n.id order by (t.locale = n.source_locale) desc, t.id limit 1),
			       n.country_scope, n.organization_id, true
			from news_item n
			where n.deleted_at is null and n.cover_media_id = :id
			order by 7 desc, 1, 2, 3
			""";

	// every file a text not in the trash references, in its working Markdown or its
	// published HTML, and every cover
	private static final String USED_SQL = """
			select (regexp_matches(t.body_markdown || ' ' || coalesce(t.published_body_html, ''),
			        'media:([0-9]{1,18})', 'g'))[1]::bigint as id
			from content_page_translation t join content_page p on p.id = t.page_id where p.deleted_at is null
			union
			select (regexp_matches(t.body_markdown || ' ' || coalesce(t.published_body_html, ''),
			        'media:([0-9]{1,18})', 'g'))[1]::bigint
			from topic_translation t join topic o on o.id = t.topic_id where o.deleted_at is null
			union
			select (regexp_matches(t.body_markdown || ' ' || coalesce(t.published_body_html, ''),
			        'media:([0-9]{1,18})', 'g'))[1]::bigint
			from news_item_translation t join news_item n on n.id = t.news_item_id where n.deleted_at is null
			union
			select cover_media_id from news_item where deleted_at is null and cover_media_id is not null
			""";

	private final JdbcClient jdbc;

	ContentMediaUsages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MediaUsage> usagesOf(Actor actor, long mediaId) {
		return this.jdbc.sql(SQL)
			.param("markdown", "media:" + mediaId + "([^0-9]|$)")
			.param("html", "%\"media:" + mediaId + "\"%")
			.param("id", mediaId)
			.query((row, number) -> {
				ContentKind kind = ContentKind.valueOf(row.getString("kind"));
				long id = row.getLong("id");
				String locale = row.getString("locale");
				String country = row.getString("country_scope");
				Long organization = (Long) row.getObject("organization_id", Long.class);
				boolean cover = row.getBoolean("cover");
				boolean visible = (country == null) || actor.canWorkOn(CountryScope.valueOf(country), organization);
				return new MediaUsage(kind.editable().messageKey(), cover ? null : locale,
						visible ? row.getString("title") : null,
						visible ? "/admin/" + kind.segment() + "/" + id + "/" + locale : null, cover);
			})
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> usedFileIds() {
		return Set.copyOf(this.jdbc.sql(USED_SQL).query(Long.class).list());
	}

}
