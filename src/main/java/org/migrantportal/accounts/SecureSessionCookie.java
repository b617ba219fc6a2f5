package org.migrantportal.accounts;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Behind HTTPS the session cookie is {@code Secure} and named with the {@code __Host-}
 * prefix (which browsers accept only from a secure page, for the whole site and no other
 * domain), so it is never sent over plain HTTP nor set by a sibling subdomain. On when
 * {@code portal.secure-cookies} is true or {@code portal.base-url} starts with
 * {@code https://}; off for plain-HTTP development, where browsers would drop such a
 * cookie. The cookie settings are changed where Boot keeps them
 * ({@code server.servlet.session.cookie.*}), so the container's sessions and Spring
 * Session's cookie serializer both follow.
 */
@Configuration(proxyBeanMethods = false)
class SecureSessionCookie {

	static final String PREFIX = "__Host-";

	@Bean
	static BeanPostProcessor secureSessionCookieSettings(Environment environment) {
		boolean secure = isSecure(environment);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (secure && bean instanceof ServerProperties server) {
					makeSecure(server.getServlet().getSession().getCookie());
				}
				return bean;
			}
		};
	}

	static boolean isSecure(Environment environment) {
		Binder binder = Binder.get(environment);
		boolean configured = binder.bind("portal.secure-cookies", Boolean.class).orElse(false);
		String baseUrl = binder.bind("portal.base-url", String.class).orElse("");
		return configured || baseUrl.strip().startsWith("https://");
	}

	static void makeSecure(Cookie cookie) {
		String name = (cookie.getName() != null) ? cookie.getName() : "SESSION";
		if (!name.startsWith(PREFIX)) {
			cookie.setName(PREFIX + name);
		}
		cookie.setSecure(true);
		cookie.setPath("/");
		cookie.setDomain(null);
	}

}
