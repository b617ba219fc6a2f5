package org.migrantportal.media;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the bytes of media files live, by an opaque key the portal generates (never a
 * name from an upload): the local disk by default, object storage when several servers
 * run.
 */
public interface MediaStorage {

	/**
	 * What a key may look like: letters, digits and hyphens, so it can never be a path.
	 */
	Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");

	/** Stores the bytes under the key, replacing what it held. */
	void put(String key, byte[] bytes);

	/** The bytes stored under the key, if any. */
	Optional<byte[]> get(String key);

	/** Removes what the key holds; nothing happens when it holds nothing. */
	void delete(String key);

	/**
	 * The key itself when it is one the portal could have made.
	 * @throws IllegalArgumentException for anything else (slashes, dots, empty)
	 */
	static String checkKey(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a media storage key");
		}
		return key;
	}

}
