/**
 * The feedback form's public side: the post from every page's form and the thank-you
 * page.
 */
package org.migrantportal.feedback.web;
