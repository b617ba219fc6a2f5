/**
 * The public search page of every language.
 */
package org.migrantportal.search.web;
