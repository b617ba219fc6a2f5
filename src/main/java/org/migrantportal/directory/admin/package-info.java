/**
 * The back-office of the referral services directory: the list of listings with its
 * filters and the re-verification view, the listing form, the review workflow, revisions
 * and the trash, through the directory's editing service, which checks role and scope;
 * and the Open Referral HSDS export and import, for admins.
 */
package org.migrantportal.directory.admin;
