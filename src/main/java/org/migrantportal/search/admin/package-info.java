/**
 * The back-office search over drafts, and the admins' action that rebuilds the public
 * search index.
 */
package org.migrantportal.search.admin;
