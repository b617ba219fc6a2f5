/**
 * Rate limits per client, shared by every node through PostgreSQL (Bucket4j): the public
 * search and every public form post answer 429 with {@code Retry-After} past their limit.
 * Also the audit of refused requests (throttling, 403, CSRF failures), itself limited to
 * one entry per kind, client network and quarter hour, and never with the whole address.
 */
@org.springframework.modulith.ApplicationModule
package org.migrantportal.ratelimit;
