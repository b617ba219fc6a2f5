/**
 * Search over published pages, news and services in every language: the analysis that
 * makes Georgian and Armenian findable as people type them (word endings, Latin
 * transliteration in national and chat style, a wrong keyboard layout), the index and the
 * query API.
 */
package org.migrantportal.search;
