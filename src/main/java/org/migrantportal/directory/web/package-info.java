/**
 * The directory module's public pages: where to get help; and the module's entries in the
 * sitemap.
 */
package org.migrantportal.directory.web;
