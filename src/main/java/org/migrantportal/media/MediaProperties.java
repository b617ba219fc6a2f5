package org.migrantportal.media;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the media library.
 *
 * @param folder where the local storage keeps the files ({@code portal.media.folder},
 * beside the embedded database's data folder by default)
 * @param maxFileSize the largest file accepted
 * @param maxPixels the most pixels (width times height) an image may declare; larger ones
 * are refused before they are decoded
 * @param variantWidths the widths of the smaller copies made of every image wider than
 * them
 */
@ConfigurationProperties("portal.media")
@Validated
public record MediaProperties(@DefaultValue("./data/media") Path folder, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("40000000") long maxPixels, @DefaultValue( {
				"480", "1024" }) List<Integer> variantWidths){

	public MediaProperties {
		if (maxPixels <= 0) {
			throw new IllegalArgumentException("portal.media.max-pixels must be positive");
		}
		variantWidths = List.copyOf(variantWidths).stream().sorted().toList();
	}

}
