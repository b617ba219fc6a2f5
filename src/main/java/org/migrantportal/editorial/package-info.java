/**
 * The one editorial workflow every editable kind follows (pages, topics, news, service
 * listings, help contacts, and the kinds still to come: media, migrant tools): who may do
 * which action in which state ({@link org.migrantportal.editorial.EditorialPolicy}), the
 * typed events each change publishes
 * ({@link org.migrantportal.editorial.EditorialEvent}), and the review queue that gathers
 * the work waiting for a person from every kind that offers it
 * ({@link org.migrantportal.editorial.ReviewQueue}). A module plugs a kind in by naming
 * it ({@link org.migrantportal.editorial.EditableKind}), asking the policy before each
 * action, publishing the events, and offering its waiting work as a
 * {@link org.migrantportal.editorial.WorkSource} bean; nothing here knows the kinds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial workflow")
package org.migrantportal.editorial;
