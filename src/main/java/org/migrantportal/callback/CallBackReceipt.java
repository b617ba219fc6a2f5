package org.migrantportal.callback;

/**
 * What the visitor is told once their request is stored: who will call, and how many days
 * the request is kept before it is deleted.
 */
public record CallBackReceipt(String organizationName, int retentionDays) {

}
