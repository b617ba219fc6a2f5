/**
 * The public pages of the content module: a topic with its pages, and one page; and the
 * module's entries in the sitemap.
 */
package org.migrantportal.content.web;
