package org.migrantportal.directory;

/**
 * Whether this run shows demo data: the invented phones, hours and places flagged as
 * samples, and the banner that says so on every public page. Without it the public
 * directory shows only what the sources give.
 *
 * @param on whether sample records are loaded and shown
 */
public record DemoData(boolean on) {

	/**
	 * The setting of a run: what {@code portal.demo-data} says, or, when it is unset, on
	 * for the embedded database (no database URL configured) and off otherwise.
	 */
	static DemoData of(DemoDataProperties properties, boolean embeddedDatabase) {
		return new DemoData((properties.demoData() != null) ? properties.demoData() : embeddedDatabase);
	}

}
