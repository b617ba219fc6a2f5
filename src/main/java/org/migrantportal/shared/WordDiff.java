package org.migrantportal.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts (longest common subsequence over words and the
 * space between them), for showing editors what changed between two revisions. Very long
 * texts are compared line by line instead, to bound the work.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private static final long MAX_CELLS = 4_000_000L;

	private WordDiff() {
	}

	/** What a piece of text is in the comparison. */
	public enum Kind {

		SAME, ADDED, REMOVED

	}

	/** A run of text that is the same, added or removed. */
	public record Segment(Kind kind, String text) {
	}

	public static List<Segment> compare(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		if ((long) from.size() * to.size() > MAX_CELLS) {
			from = lines(before);
			to = lines(after);
		}
		return diff(from, to);
	}

	/**
	 * Compares two texts paragraph by paragraph (paragraphs are separated by blank
	 * lines).
	 */
	public static List<Segment> compareParagraphs(String before, String after) {
		return diff(paragraphs(before), paragraphs(after));
	}

	private static List<Segment> diff(List<String> from, List<String> to) {
		int n = from.size();
		int m = to.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = from.get(i).equals(to.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (from.get(i).equals(to.get(j))) {
				add(segments, Kind.SAME, from.get(i++));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				add(segments, Kind.REMOVED, from.get(i++));
			}
			else {
				add(segments, Kind.ADDED, to.get(j++));
			}
		}
		while (i < n) {
			add(segments, Kind.REMOVED, from.get(i++));
		}
		while (j < m) {
			add(segments, Kind.ADDED, to.get(j++));
		}
		return segments;
	}

	private static void add(List<Segment> segments, Kind kind, String text) {
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			segments.add(new Segment(kind, last.text() + text));
		}
		else {
			segments.add(new Segment(kind, text));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher((text != null) ? text : "");
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : ((text != null) ? text.strip() : "").split("(?<=\\n\\s{0,10}\\n)")) {
			paragraphs.add(paragraph);
		}
		return paragraphs;
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : ((text != null) ? text : "").split("(?<=\n)")) {
			lines.add(line);
		}
		return lines;
	}

}
