package org.migrantportal.shared;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being rendered shows, as surrogate keys ("tags"): a service that reads
 * published data for a public page names it here ({@code PAGE:12} for one item,
 * {@code PAGE} for a list of a kind), so the page cache can drop exactly the pages a
 * change affects. Outside a web request (imports, the back-office's services run from
 * tests) it does nothing.
 */
public final class PageTags {

	/** The tag of anything that changes with the clock (what is open now). */
	public static final String CLOCK = "clock";

	private static final String ATTRIBUTE = PageTags.class.getName();

	private static final ThreadLocal<Set<String>> RECORDING = new ThreadLocal<>();

	private PageTags() {
	}

	/** Notes that the page being rendered shows one item of a kind. */
	public static void item(String kind, Long id) {
		add(kind + ":" + id);
	}

	/**
	 * Notes that the page being rendered lists items of a kind (a new one would show).
	 */
	public static void list(String kind) {
		add(kind);
	}

	/**
	 * Runs {@code work} and puts into {@code tags} every tag it notes (besides noting
	 * them for the request as usual), so that a result kept for later can name what it
	 * shows.
	 */
	public static <T> T recording(Set<String> tags, Supplier<T> work) {
		Set<String> outer = RECORDING.get();
		RECORDING.set(tags);
		try {
			return work.get();
		}
		finally {
			if (outer != null) {
				outer.addAll(tags);
				RECORDING.set(outer);
			}
			else {
				RECORDING.remove();
			}
		}
	}

	/** Notes any other tag. */
	@SuppressWarnings("unchecked")
	public static void add(String tag) {
		Set<String> recording = RECORDING.get();
		if (recording != null) {
			recording.add(tag);
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		Set<String> tags = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (tags == null) {
			tags = new LinkedHashSet<>();
			request.setAttribute(ATTRIBUTE, tags, RequestAttributes.SCOPE_REQUEST);
		}
		tags.add(tag);
	}

	/**
	 * The tags collected for a request, read by the page cache once the page is rendered.
	 */
	@SuppressWarnings("unchecked")
	public static Set<String> of(jakarta.servlet.ServletRequest request) {
		Set<String> tags = (Set<String>) request.getAttribute(ATTRIBUTE);
		return (tags != null) ? Collections.unmodifiableSet(tags) : Set.of();
	}

}
