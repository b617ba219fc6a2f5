/**
 * Where to get help: the hotlines, offices and services the help page and the home page
 * list, each with a translation per locale and a flag for data that is only a sample; and
 * the referral services directory (Open Referral HSDS): listings saved as revisions
 * through {@link org.migrantportal.directory.ServiceListingEditingService}, which checks
 * role and scope, published to public tables, and read by
 * {@link org.migrantportal.directory.ServiceDirectory}.
 */
package org.migrantportal.directory;
