/**
 * Information content: topics (the thematic areas) and the pages under them, each with
 * one translation per locale carrying its own workflow state, version and the source
 * revision it was made from, plus the revisions of every save. Loads the versioned
 * initial content at start.
 */
package org.migrantportal.content;
