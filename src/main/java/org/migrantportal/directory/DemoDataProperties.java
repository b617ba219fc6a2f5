package org.migrantportal.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether invented records (sample phones, opening hours, places and coordinates of the
 * initial services) may be loaded and shown.
 *
 * @param demoData {@code portal.demo-data} ({@code PORTAL_DEMO_DATA}): {@code true} loads
 * and shows them, with a banner on every public page; {@code false} never does; unset
 * means on only for the embedded database of a first try-out (no
 * {@code spring.datasource.url}), never on a configured database server
 */
@ConfigurationProperties("portal")
public record DemoDataProperties(Boolean demoData) {

}
