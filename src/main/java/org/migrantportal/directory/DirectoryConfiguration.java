package org.migrantportal.directory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** The directory's settings: whether demo data is on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoDataProperties.class)
class DirectoryConfiguration {

	@Bean
	DemoData demoData(DemoDataProperties properties, Environment environment) {
		// read when the context is built, so a URL set by an initializer counts as a
		// server
		return DemoData.of(properties, !StringUtils.hasText(environment.getProperty("spring.datasource.url")));
	}

}
