package org.migrantportal.accounts;

/**
 * What an admin sees of an account's access: its open sessions and whether its logins
 * must wait after failures.
 *
 * @param openSessions sessions open on any node
 * @param loginThrottled whether the account's next login must wait
 */
public record AccountAccessView(int openSessions, boolean loginThrottled) {

}
