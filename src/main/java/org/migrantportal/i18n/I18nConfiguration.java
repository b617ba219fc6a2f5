package org.migrantportal.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;

/** Wires the URL-based locale resolution into Spring MVC. */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(SiteLocales siteLocales, LocaleChoice localeChoice) {
		return new PathLocaleResolver(siteLocales, localeChoice);
	}

}
