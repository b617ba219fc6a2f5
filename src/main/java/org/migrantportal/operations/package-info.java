/**
 * What operators see of a running portal: the request id on every log line and error
 * page, the metrics at {@code /actuator/prometheus} (request latency per route group, the
 * database pool, the outbox backlog, the page cache) and who may read them.
 */
package org.migrantportal.operations;
