package org.migrantportal.directory;

/** What kind of organization: its staff's editing scope depends on it. */
public enum OrganizationKind {

	/** An IOM country mission: its staff work on every record of their country. */
	IOM_MISSION,

	/** A partner NGO: its editors maintain only the records of their own organization. */
	NGO,

	/** A state agency: like an NGO, its editors maintain only its own records. */
	STATE_AGENCY,

	/**
	 * A project with a name of its own (such as IOM's EMERGE): its editors maintain only
	 * its own records.
	 */
	PROJECT

}
