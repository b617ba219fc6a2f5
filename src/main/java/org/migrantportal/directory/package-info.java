/**
 * Where to get help: the hotlines, offices and services the help page and the home page
 * list, each with a translation per locale and a flag for data that is only a sample. The
 * referral services directory (Open Referral HSDS) will grow here.
 */
package org.migrantportal.directory;
