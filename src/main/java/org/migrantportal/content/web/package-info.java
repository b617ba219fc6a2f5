/**
 * The public pages of the content module: a topic with its pages, and one page.
 */
package org.migrantportal.content.web;
