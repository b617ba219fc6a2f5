/**
 * Small value types and helpers every module uses: the country scope of content, safe
 * HTML rendered from Markdown, the front-matter documents that initial content is written
 * in, and slugs (proposed from titles by the Georgian and Armenian romanisations). Also
 * the small published interface through which each module contributes its back-office
 * sections, the access rules of its back-office URLs and its sitemap entries to the
 * shells.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.migrantportal.shared;
