/**
 * The back-office pages of accounts: the login page, the admins' account management and
 * the change of one's own password.
 */
package org.migrantportal.accounts.admin;
