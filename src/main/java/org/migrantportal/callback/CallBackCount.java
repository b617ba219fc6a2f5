package org.migrantportal.callback;

/**
 * How many requests an organization has in each state: what an admin who is not of that
 * organization sees instead of the requests.
 */
public record CallBackCount(Long organizationId, String organizationName, long waiting, long called, long closed) {

}
