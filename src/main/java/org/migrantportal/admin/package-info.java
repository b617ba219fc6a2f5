/**
 * The back-office shell: the dashboard, the chrome every back-office page shares (who is
 * logged in, the language they work in, the navigation) and the choice of that language.
 * Feature modules keep their own back-office controllers in their {@code admin} packages.
 */
package org.migrantportal.admin;
