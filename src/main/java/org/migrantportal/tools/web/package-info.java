/**
 * The public pages of the migrant tools.
 */
package org.migrantportal.tools.web;
