/**
 * The back-office of the media library: uploading, the list of a person's scope, a file's
 * words in every language, review and trash, and previews of files the public site does
 * not serve yet.
 */
package org.migrantportal.media.admin;
