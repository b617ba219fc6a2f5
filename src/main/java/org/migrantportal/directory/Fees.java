package org.migrantportal.directory;

/**
 * What the public directory says about a service's cost. A listing is free of charge or
 * not; "fees may apply" is said only when its text describes the fees, because a source
 * that says nothing about cost does not say that help costs money: then the fee is
 * unknown.
 */
final class Fees {

	private Fees() {
	}

	static String messageKey(boolean freeOfCharge, boolean feesDescribed) {
		if (freeOfCharge) {
			return "directory.service.fee.free";
		}
		return feesDescribed ? "directory.service.fee.paid" : "directory.service.fee.unknown";
	}

}
