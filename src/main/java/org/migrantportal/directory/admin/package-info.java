/**
 * The back-office pages of the referral services directory: the filtered list of
 * listings, the re-verification view, the listing form, the review workflow, revisions
 * and the listings' trash.
 */
package org.migrantportal.directory.admin;
