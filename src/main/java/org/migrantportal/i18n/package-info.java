/**
 * The languages the portal speaks: the registry of known languages with their native
 * names and text direction, the configured list of site locales and their fallback order,
 * how a request's locale is resolved, and the links (alternates, canonical, language
 * switcher) every page needs.
 */
package org.migrantportal.i18n;
