package org.migrantportal.support;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests carry a back-office session the way they always have, with
 * {@code .session(mockHttpSession)}, although sessions now live in the database (Spring
 * Session JDBC): the id of the stored session is kept in the mock container session,
 * where a browser would keep the cookie. Requests without it still use the cookie.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	/** The attribute of the mock container session that holds the stored session's id. */
	public static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

	@Bean
	HttpSessionIdResolver mockMvcSessionIdResolver() {
		return new Resolver();
	}

	/** The id of the stored session a mock session stands for, or null. */
	public static String storedSessionId(HttpSession mockSession) {
		return (String) mockSession.getAttribute(SESSION_ID);
	}

	static class Resolver implements HttpSessionIdResolver {

		private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			HttpSession container = container(request).getSession(false);
			if (container != null && container.getAttribute(SESSION_ID) instanceof String id) {
				return List.of(id);
			}
			return this.cookies.resolveSessionIds(request);
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			container(request).getSession().setAttribute(SESSION_ID, sessionId);
			this.cookies.setSessionId(request, response, sessionId);
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			HttpSession container = container(request).getSession(false);
			if (container != null) {
				container.removeAttribute(SESSION_ID);
			}
			this.cookies.expireSession(request, response);
		}

		private static HttpServletRequest container(HttpServletRequest request) {
			HttpServletRequest unwrapped = request;
			while (unwrapped instanceof HttpServletRequestWrapper wrapper) {
				unwrapped = (HttpServletRequest) wrapper.getRequest();
			}
			return unwrapped;
		}

	}

}
