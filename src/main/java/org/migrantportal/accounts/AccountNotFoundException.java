package org.migrantportal.accounts;

import org.migrantportal.shared.NotFoundException;

/** No account has the id in a URL. */
public class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException() {
		super("No such account");
	}

}
