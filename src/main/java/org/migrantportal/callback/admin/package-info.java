/**
 * The back-office queue of call-back requests ({@code /admin/call-backs}) and the admins'
 * settings of which organizations take requests.
 */
package org.migrantportal.callback.admin;
