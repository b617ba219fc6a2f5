package org.migrantportal.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Tags each {@code http.server.requests} measurement with the part of the site it belongs
 * to ({@code group}: public, admin, search, api, static, management), a low-cardinality
 * label to compare latency by, beside Spring's own {@code uri} template.
 */
class RouteGroups extends DefaultServerRequestObservationConvention {

	@Override
	public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(KeyValue.of("group", groupOf(context.getCarrier().getRequestURI())));
	}

	static String groupOf(String path) {
		if (path == null) {
			return "public";
		}
		if (path.startsWith("/admin") || path.equals("/login") || path.equals("/logout")) {
			return "admin";
		}
		if (path.startsWith("/actuator")) {
			return "management";
		}
		if (path.startsWith("/api/") || path.endsWith(".json") || path.endsWith(".atom")) {
			return "api";
		}
		if (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/favicon.ico")) {
			return "static";
		}
		int second = path.indexOf('/', 1);
		if (second > 0 && path.startsWith("/search", second)) {
			return "search";
		}
		return "public";
	}

}
