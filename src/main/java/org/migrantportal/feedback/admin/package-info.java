/**
 * The feedback screen of the back-office: counts and latest texts per page or service and
 * language, and deleting a text.
 */
package org.migrantportal.feedback.admin;
