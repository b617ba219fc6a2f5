package org.migrantportal.i18n;

/** The writing direction of a language, as the HTML {@code dir} attribute spells it. */
public enum TextDirection {

	LTR, RTL;

	public String attribute() {
		return (this == LTR) ? "ltr" : "rtl";
	}

}
