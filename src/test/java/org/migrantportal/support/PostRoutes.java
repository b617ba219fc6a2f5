package org.migrantportal.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The paths the application takes a POST on, found from the handler mappings rather than
 * listed by hand, so that a form added later is in every test that goes through them.
 */
public final class PostRoutes {

	private static final String BACK_OFFICE = "/admin/.*|/login(/.*)?|/logout";

	private PostRoutes() {
	}

	/** Every path a POST (or any method, which includes POST) is mapped to. */
	public static List<String> all(ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> !pattern.equals("/error"))
					.filter((pattern) -> !routes.contains(pattern))
					.forEach(routes::add);
			}
		}
		return routes;
	}

	/**
	 * The paths the public security chain serves (all but the back-office, the login and
	 * the logout): anonymous visitors' forms, which have no CSRF token.
	 */
	public static List<String> publicSite(ApplicationContext context) {
		return all(context).stream().filter((route) -> !isBackOffice(route)).toList();
	}

	/** Whether the back-office chain, which checks CSRF tokens, serves the path. */
	public static boolean isBackOffice(String route) {
		return route.matches(BACK_OFFICE);
	}

}
