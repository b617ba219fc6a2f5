/**
 * What lets several nodes run on one database: scheduled jobs take a ShedLock lock so
 * each runs on one node at a time, and the initial import at start runs under a
 * PostgreSQL advisory lock so nodes starting together import once and none fails.
 * Sessions and throttles are shared through the database by the modules that own them.
 */
@org.springframework.modulith.ApplicationModule
package org.migrantportal.cluster;
