package org.migrantportal.tools;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the tools' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StayRuleProperties.class)
class ToolsConfiguration {

}
