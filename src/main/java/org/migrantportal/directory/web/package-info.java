/**
 * The directory module's public pages: where to get help.
 */
package org.migrantportal.directory.web;
