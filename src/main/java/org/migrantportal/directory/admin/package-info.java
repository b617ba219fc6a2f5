/**
 * The directory's back-office: the Open Referral HSDS export and import of the referral
 * directory, for admins.
 */
package org.migrantportal.directory.admin;
