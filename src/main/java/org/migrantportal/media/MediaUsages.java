package org.migrantportal.media;

import java.util.List;
import java.util.Set;

import org.migrantportal.shared.Actor;

/**
 * Where a media file is used, contributed as a bean by each module whose items show files
 * (content's pages, topics and news). The media library asks them before a file goes to
 * the trash and lists their answers on the file's page; it never reads their tables.
 */
public interface MediaUsages {

	/**
	 * The places that show file {@code mediaId}, with titles only of those in
	 * {@code actor}'s scope.
	 */
	List<MediaUsage> usagesOf(Actor actor, long mediaId);

	/**
	 * The ids of every file shown anywhere (in any scope), for the library's "unused"
	 * filter.
	 */
	Set<Long> usedFileIds();

}
