/**
 * Call-back requests: a visitor asks an organization that takes requests to call them
 * back, with explicit consent. What they type (name or alias, phone or messenger handle,
 * topic) is kept encrypted and only for the organization's retention period; only the
 * chosen organization's staff read it. Admins decide which organizations take requests
 * and for how long requests are kept ({@code callback_setting}).
 */
package org.migrantportal.callback;
