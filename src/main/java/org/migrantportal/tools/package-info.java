/**
 * The migrant tools: small calculators and checks a visitor uses without an account,
 * starting with the Schengen short-stay calculator (the 90/180 rule). The tools keep
 * nothing: what a visitor enters is used for one answer and neither stored nor logged.
 */
package org.migrantportal.tools;
