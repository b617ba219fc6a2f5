/**
 * The audit trail's back-office page.
 */
package org.migrantportal.audit.admin;
