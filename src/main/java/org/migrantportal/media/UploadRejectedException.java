package org.migrantportal.media;

import java.util.List;

/**
 * An uploaded file the media library does not accept, with the message key (and its
 * arguments) that tells the person why, in their language.
 */
public class UploadRejectedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	UploadRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	UploadRejectedException(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = List.of();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
