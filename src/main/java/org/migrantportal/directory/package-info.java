/**
 * Where to get help: the hotlines, offices and services the help page and the home page
 * list, each with a translation per locale and a flag for data that is only a sample. The
 * referral services directory (Open Referral HSDS) will grow here; staff edit its
 * listings through {@link org.migrantportal.directory.ServiceListingEditingService},
 * which checks role and scope.
 */
package org.migrantportal.directory;
