package org.migrantportal.i18n;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Wires the URL-based locale resolution into Spring MVC and binds the configured
 * languages ({@link LocaleProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocaleProperties.class)
class I18nConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(SiteLocales siteLocales, LocaleChoice localeChoice) {
		return new PathLocaleResolver(siteLocales, localeChoice);
	}

}
