/**
 * The public call-back form ({@code /{locale}/help/call-back}).
 */
package org.migrantportal.callback.web;
