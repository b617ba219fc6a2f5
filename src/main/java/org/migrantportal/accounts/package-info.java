/**
 * Who may do what: the security filter chains of the public site and the back-office.
 * Staff accounts, roles and their country and organization scopes will live here.
 */
package org.migrantportal.accounts;
