/**
 * The public site's media URLs: reviewed files, served with long-lived caching under a
 * URL that changes whenever the file does.
 */
package org.migrantportal.media.web;
