package org.migrantportal.web;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public site's shell.
 *
 * @param quickExitUrl where the quick-exit control sends the visitor
 * ({@code portal.quick-exit-url}): a neutral page on another site
 */
@ConfigurationProperties("portal")
@Validated
record SiteProperties(@DefaultValue("https://www.bbc.com/weather") @NotBlank String quickExitUrl) {

}
