/**
 * Visitors' feedback: "Was this useful?" (yes or no, with an optional short text) on
 * every page, topic, news item and service. It keeps the target, the language, the
 * answer, the text without likely personal data and the day, never who sent it; editors
 * read the counts and texts of what their scope reaches and delete a text that still
 * holds personal data.
 */
package org.migrantportal.feedback;
