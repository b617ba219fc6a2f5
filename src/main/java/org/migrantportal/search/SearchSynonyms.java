package org.migrantportal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of equivalent search terms in any language (hotline, ცხელი ხაზი, թեժ գիծ): a
 * query containing one term also finds texts with the others. Admins edit the groups; the
 * search reads them from memory.
 */
@Service
public class SearchSynonyms {

	/** The most groups, and the longest line of terms, an admin may save. */
	public static final int MAX_GROUPS = 300;

	public static final int MAX_LINE = 2000;

	private final JdbcClient jdbc;

	/** How long a node reads the groups from memory before it reads them again. */
	private static final long RELOAD_AFTER_MILLIS = 60_000;

	private final AtomicReference<Groups> groups = new AtomicReference<>();

	private volatile long loadedAt;

	SearchSynonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** No synonyms at all, without a database. */
	static SearchSynonyms none() {
		SearchSynonyms none = new SearchSynonyms(null);
		none.groups.set(Groups.of(List.of()));
		return none;
	}

	/**
	 * The other terms of every group with a term that the query contains as whole words,
	 * each as its lower-case words; the matched term's words are keys so the search can
	 * add the alternatives to each of them.
	 */
	List<Expansion> expansionsOf(List<String> queryWords) {
		List<Expansion> expansions = new ArrayList<>();
		for (List<List<String>> group : groups().words()) {
			for (List<String> termWords : group) {
				if (!termWords.isEmpty() && containsInOrder(queryWords, termWords)) {
					List<List<String>> alternatives = group.stream()
						.filter((other) -> other != termWords && !other.isEmpty())
						.toList();
					expansions.add(new Expansion(Set.copyOf(termWords), alternatives));
					break;
				}
			}
		}
		return expansions;
	}

	/** The groups as an admin edits them: one line each, terms separated by commas. */
	@Transactional(readOnly = true)
	public String asText(Actor actor) {
		requireAdmin(actor);
		return String.join("\n", groups().terms().stream().map((group) -> String.join(", ", group)).toList());
	}

	/**
	 * Replaces every group with the lines of the text; blank lines and lines of one term
	 * are dropped. Returns how many groups were saved.
	 */
	@Transactional
	public int replaceAll(Actor actor, String text) {
		requireAdmin(actor);
		List<List<String>> parsed = parse(text);
		if (parsed.size() > MAX_GROUPS) {
			throw new IllegalArgumentException("search.synonyms.too-many");
		}
		this.jdbc.sql("delete from search_synonym_group").update();
		int position = 0;
		for (List<String> group : parsed) {
			this.jdbc.sql("insert into search_synonym_group (position, terms) values (?, ?)")
				.params(++position, String.join(", ", group))
				.update();
		}
		this.groups.set(null);
		return parsed.size();
	}

	static List<List<String>> parse(String text) {
		List<List<String>> parsed = new ArrayList<>();
		if (text == null) {
			return parsed;
		}
		for (String line : text.split("\\R")) {
			String cleaned = line.replaceAll("\\p{Cntrl}", " ").strip();
			if (cleaned.length() > MAX_LINE) {
				throw new IllegalArgumentException("search.synonyms.line-too-long");
			}
			Set<String> terms = new LinkedHashSet<>();
			for (String term : cleaned.split(",")) {
				String one = term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				if (!one.isEmpty()) {
					terms.add(one);
				}
			}
			if (terms.size() > 1) {
				parsed.add(List.copyOf(terms));
			}
		}
		return parsed;
	}

	/**
	 * The groups, read again after a minute so that every node follows an admin's change.
	 */
	private Groups groups() {
		Groups loaded = this.groups.get();
		if (loaded == null || (this.jdbc != null && System.currentTimeMillis() - this.loadedAt > RELOAD_AFTER_MILLIS)) {
			this.loadedAt = System.currentTimeMillis();
			loaded = Groups.of(parse(String.join("\n",
					this.jdbc.sql("select terms from search_synonym_group order by position, id")
						.query(String.class)
						.list())));
			this.groups.set(loaded);
		}
		return loaded;
	}

	private static boolean containsInOrder(List<String> words, List<String> phrase) {
		for (int start = 0; start + phrase.size() <= words.size(); start++) {
			if (words.subList(start, start + phrase.size()).equals(phrase)) {
				return true;
			}
		}
		return false;
	}

	private static void requireAdmin(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins edit the search synonyms");
		}
	}

	/**
	 * The groups as read: their terms, and each term's words, split once when read rather
	 * than on every query.
	 */
	private record Groups(List<List<String>> terms, List<List<List<String>>> words) {

		static Groups of(List<List<String>> terms) {
			return new Groups(terms,
					terms.stream().map((group) -> group.stream().map(SearchService::words).toList()).toList());
		}

	}

	/**
	 * The alternatives of a matched term.
	 *
	 * @param words the query words the matched term consists of
	 * @param alternatives the other terms of its group, each as its words
	 */
	record Expansion(Set<String> words, List<List<String>> alternatives) {
	}

}
