package org.migrantportal.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.Cookie;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SecureSessionCookieTests {

	@Test
	void anHttpsBaseUrlOrTheSwitchMakesTheCookieSecure() {
		assertThat(SecureSessionCookie.isSecure(new MockEnvironment())).isFalse();
		assertThat(SecureSessionCookie.isSecure(new MockEnvironment().withProperty("portal.base-url", "http://x.ge")))
			.isFalse();
		assertThat(SecureSessionCookie.isSecure(new MockEnvironment().withProperty("portal.base-url", "https://x.ge")))
			.isTrue();
		assertThat(SecureSessionCookie.isSecure(new MockEnvironment().withProperty("portal.secure-cookies", "true")))
			.isTrue();
	}

	@Test
	void aSecureCookieIsHostPrefixedForTheWholeSiteAndNoDomain() {
		Cookie cookie = new Cookie();
		cookie.setName("PORTAL_SESSION");
		cookie.setDomain("example.org");
		SecureSessionCookie.makeSecure(cookie);
		assertThat(cookie.getName()).isEqualTo("__Host-PORTAL_SESSION");
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
		SecureSessionCookie.makeSecure(cookie);
		assertThat(cookie.getName()).as("prefixed once").isEqualTo("__Host-PORTAL_SESSION");
	}

}
