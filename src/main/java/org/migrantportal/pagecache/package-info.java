/**
 * The page cache of the public site: anonymous GET requests of public pages are answered
 * from rendered bytes kept in memory (with their gzip and brotli forms and a strong
 * ETag), dropped exactly when an editorial change affects them, on every node (PostgreSQL
 * LISTEN/NOTIFY), and served stale with a note when a page cannot be rendered because the
 * database is away.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page cache")
package org.migrantportal.pagecache;
