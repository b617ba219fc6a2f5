/**
 * The back-office pages of content: the editors' list, writing and translating pages with
 * a preview, the review and publishing workflow, revisions, the trash and the editorial
 * settings.
 */
package org.migrantportal.content.admin;
