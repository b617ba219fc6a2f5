/**
 * Who may do what: staff accounts with their role, country and organization scope,
 * Argon2id passwords, login with throttling, the first admin, and the security filter
 * chains of the back-office and the public site.
 */
package org.migrantportal.accounts;
