package org.migrantportal.pagecache;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.shared.PageTags;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers anonymous GET and HEAD requests of public pages from the {@link PageCache}: a
 * hit costs no template, query, ETag hash or compression. A miss renders as usual and,
 * when the answer is a plain 200 page that sets no cookie, keeps it. When a page cannot
 * be rendered (a 5xx, the database away), its last copy is served with a note.
 */
class PageCacheFilter extends OncePerRequestFilter {

	private static final Set<String> SESSION_COOKIES = Set.of("PORTAL_SESSION", "SESSION", "JSESSIONID", "remember-me");

	private static final List<String> EXCLUDED_PREFIXES = List.of("/admin", "/login", "/logout", "/actuator", "/css/",
			"/js/", "/img/", "/media/", "/error", "/favicon");

	private static final List<String> CACHED_TYPES = List.of("text/html", "application/xml", "application/atom+xml",
			"text/plain");

	/** Headers of a render that are not sent again with a cached copy. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "content-encoding",
			"content-type", "etag", "cache-control", "vary", "transfer-encoding", "x-cache", "expires", "pragma",
			"last-modified", "connection", "keep-alive");

	private final PageCache cache;

	private final PageCacheProperties properties;

	private final StalePages stalePages;

	private final Clock clock;

	private final Map<String, Counter> served;

	PageCacheFilter(PageCache cache, PageCacheProperties properties, StalePages stalePages, Clock clock,
			MeterRegistry meters) {
		this.cache = cache;
		this.properties = properties;
		this.stalePages = stalePages;
		this.clock = clock;
		this.served = Map.of("HIT", counter(meters, "hit"), "MISS", counter(meters, "miss"), "BYPASS",
				counter(meters, "miss"), "STALE", counter(meters, "stale"));
	}

	/**
	 * {@code portal.page.cache{result=hit|miss|stale}}: anonymous page views answered
	 * from the cache, rendered, or answered with a stale copy while the database was
	 * away.
	 */
	private static Counter counter(MeterRegistry meters, String result) {
		return Counter.builder("portal.page.cache")
			.tag("result", result)
			.description("Anonymous page views served from the page cache (hit), rendered (miss), "
					+ "or served from a stale copy while the database was away (stale)")
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.properties.enabled()) {
			return true;
		}
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = path(request);
		if (EXCLUDED_PREFIXES.stream().anyMatch(path::startsWith) || path.endsWith("/search")
				|| path.contains("/search/") || path.contains("/tools/")) {
			return true;
		}
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSessionCookie(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageKey key = new PageKey(path(request), PageKey.normalize(request.getQueryString()));
		Optional<CachedPage> hit = this.cache.find(key);
		if (hit.isPresent()) {
			replayHeaders(response, hit.get());
			send(request, response, hit.get(), "HIT", this.properties.cacheControl());
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendered);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (StalePages.databaseAway(ex) && serveStale(request, response, key)) {
				logger.warn("Served a stale copy of " + key.path() + ": " + ex);
				return;
			}
			throw ex;
		}
		int status = rendered.getStatus();
		if (status >= 500 && !response.isCommitted() && serveStale(request, response, key)) {
			logger.warn("Served a stale copy of " + key.path() + " instead of a " + status);
			return;
		}
		if (!cacheable(request, response, rendered, status)) {
			rendered.copyBodyToResponse();
			return;
		}
		CachedPage page = CachedPage.of(rendered.getContentType(), headersToReplay(response),
				rendered.getContentAsByteArray(), PageTags.of(request), this.clock.instant());
		boolean stored = this.cache.store(key, page, generation);
		send(request, response, page, stored ? "MISS" : "BYPASS", this.properties.cacheControl());
	}

	private boolean cacheable(HttpServletRequest request, HttpServletResponse response,
			ContentCachingResponseWrapper rendered, int status) {
		if (status != HttpServletResponse.SC_OK || response.isCommitted() || rendered.getContentSize() == 0) {
			return false;
		}
		String type = rendered.getContentType();
		if (type == null || CACHED_TYPES.stream().noneMatch(type.toLowerCase(Locale.ROOT)::startsWith)) {
			return false;
		}
		if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || request.getSession(false) != null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl == null || !(cacheControl.contains("private") || cacheControl.contains("no-store"));
	}

	private boolean serveStale(HttpServletRequest request, HttpServletResponse response, PageKey key)
			throws IOException {
		Optional<CachedPage> stale = this.cache.findStale(key);
		if (stale.isEmpty() || response.isCommitted()) {
			return false;
		}
		response.reset();
		CachedPage page = this.stalePages.withNote(stale.get(), key.path());
		replayHeaders(response, page);
		send(request, response, page, "STALE", "no-store");
		return true;
	}

	private void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, String state,
			String cacheControl) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader("X-Cache", state);
		this.served.get(state).increment();
		if (page.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, page.etag());
			if (matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), page.etag())) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		byte[] bytes = page.body();
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (page.brotli() != null && accepts(accepted, "br")) {
			bytes = page.brotli();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
		}
		else if (accepts(accepted, "gzip")) {
			bytes = page.gzip();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	private static void replayHeaders(HttpServletResponse response, CachedPage page) {
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
	}

	private static List<Map.Entry<String, String>> headersToReplay(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		return List.copyOf(headers);
	}

	static boolean matches(java.util.Enumeration<String> ifNoneMatch, String etag) {
		while (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
			for (String candidate : ifNoneMatch.nextElement().split(",")) {
				String tag = candidate.trim();
				if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether an Accept-Encoding header accepts a coding (present and not {@code q=0}).
	 */
	static boolean accepts(String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.trim().split(";");
			if (pieces[0].trim().equalsIgnoreCase(coding)) {
				for (int i = 1; i < pieces.length; i++) {
					String parameter = pieces[i].trim().replace(" ", "");
					if (parameter.matches("q=0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (SESSION_COOKIES.contains(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
