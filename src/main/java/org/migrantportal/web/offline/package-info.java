/**
 * Offline help for people who may lose their connection on a journey: the service worker
 * ({@code /sw.js}, versioned by the release's assets) that keeps the help page and the
 * pages a visitor read, and the printable sheet of a country's emergency contacts
 * ({@code /{locale}/help/sheet}). The pages' script is {@code static/js/offline.js}.
 */
package org.migrantportal.web.offline;
