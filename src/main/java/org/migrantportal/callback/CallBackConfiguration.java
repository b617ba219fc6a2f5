package org.migrantportal.callback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the call-back settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallBackProperties.class)
class CallBackConfiguration {

}
