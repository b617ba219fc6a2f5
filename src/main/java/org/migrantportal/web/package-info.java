/**
 * The public-site shell: the redirect from {@code /} to a language, the remembered
 * language choice, the home page, the sitemap and robots.txt, and the localized error
 * pages. It reads the feature modules; none of them depends on it.
 */
package org.migrantportal.web;
